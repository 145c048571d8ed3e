-- Merges: two members found to be one person become one. The survivor keeps its row; the merged
-- member's row is deleted (so the counters, kept by the members triggers, count one person, and
-- nothing of the person stays under the closed number), and this table remembers where it went:
-- its id answers with the survivor, and the survivor's history reads the merged member's entries.
CREATE TABLE member_merges (
    merged_id       uuid PRIMARY KEY,
    survivor_id     uuid NOT NULL REFERENCES members (id),
    number_province text NOT NULL CHECK (length(number_province) = 2),
    sequence        bigint NOT NULL,
    kecamatan       text NOT NULL,
    merged_on       date NOT NULL,
    UNIQUE (number_province, sequence),
    CHECK (merged_id <> survivor_id)
);
CREATE INDEX member_merges_by_survivor ON member_merges (survivor_id);
