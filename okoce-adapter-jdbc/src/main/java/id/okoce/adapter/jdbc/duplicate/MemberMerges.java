package id.okoce.adapter.jdbc.duplicate;

import id.okoce.adapter.jdbc.member.MemberRows;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.member.MergedMember;
import org.jdbi.v3.core.Handle;

/**
 * The statements of a merge (see {@code DuplicateRegister.merge}), in the order they must run: the
 * pair first (nothing is done unless it is still open), then what points at the merged member, then
 * the merged member's row itself, whose deletion the counter triggers subtract from the reports.
 */
final class MemberMerges {

    /** The open pair of the two members; gone once they are one. */
    private static final String TAKE_PAIR = """
            DELETE FROM duplicate_pairs
            WHERE id = :pair AND status = 'OPEN' AND first_id = least(CAST(:merged AS uuid), CAST(:survivor AS uuid))
              AND second_id = greatest(CAST(:merged AS uuid), CAST(:survivor AS uuid))""";
    /** The merged member's other pairs become the survivor's; a pair the survivor has with that member already stays as it is. */
    private static final String MOVE_PAIRS = """
            WITH moved AS (
                DELETE FROM duplicate_pairs WHERE first_id = :merged OR second_id = :merged
                RETURNING CASE WHEN first_id = :merged THEN second_id ELSE first_id END AS other, score, outcomes, weights, status,
                          found_by, found_at, resolved_at, resolved_by, reason)
            INSERT INTO duplicate_pairs (first_id, second_id, score, outcomes, weights, status, found_by, found_at, resolved_at,
                                         resolved_by, reason)
            SELECT least(other, CAST(:survivor AS uuid)), greatest(other, CAST(:survivor AS uuid)), score, outcomes, weights, status,
                   found_by, found_at, resolved_at, resolved_by, reason
            FROM moved WHERE other <> :survivor ORDER BY 1, 2
            ON CONFLICT (first_id, second_id) DO NOTHING""";
    private static final String MOVE_FINANCINGS = "UPDATE financings SET member_id = :survivor WHERE member_id = :merged";
    private static final String MOVE_REFUSALS = "UPDATE financing_refusals SET member_id = :survivor WHERE member_id = :merged";
    /** Members merged into the merged member before now point to the survivor. */
    private static final String MOVE_EARLIER_MERGES = "UPDATE member_merges SET survivor_id = :survivor WHERE survivor_id = :merged";
    private static final String REMEMBER = """
            INSERT INTO member_merges (merged_id, survivor_id, number_province, sequence, kecamatan, merged_on)
            VALUES (:merged, :survivor, :province, :sequence, :kecamatan, :on)""";
    private static final String DELETE_MEMBER = "DELETE FROM members WHERE id = :merged AND version = :version AND erased_on IS NULL "
            + "RETURNING name_key";

    private MemberMerges() {
    }

    /** Runs the merge on {@code h}; the number of financings moved, or -1 when the pair was not open. */
    static int merge(Handle h, long pairId, MergedMember closed, long version) {
        int taken = h.createUpdate(TAKE_PAIR).bind("pair", pairId).bind("merged", closed.id().value())
                .bind("survivor", closed.survivor().value()).execute();
        if (taken == 0) {
            return -1;
        }
        h.createUpdate(MOVE_PAIRS).bind("merged", closed.id().value()).bind("survivor", closed.survivor().value()).execute();
        int financings = h.createUpdate(MOVE_FINANCINGS).bind("merged", closed.id().value())
                .bind("survivor", closed.survivor().value()).execute();
        h.createUpdate(MOVE_REFUSALS).bind("merged", closed.id().value()).bind("survivor", closed.survivor().value()).execute();
        h.createUpdate(MOVE_EARLIER_MERGES).bind("merged", closed.id().value()).bind("survivor", closed.survivor().value()).execute();
        h.createUpdate(REMEMBER).bind("merged", closed.id().value()).bind("survivor", closed.survivor().value())
                .bind("province", closed.number().province().value()).bind("sequence", closed.number().sequence())
                .bind("kecamatan", closed.domicile().digits()).bind("on", closed.mergedOn()).execute();
        String nameKey = h.createQuery(DELETE_MEMBER).bind("merged", closed.id().value()).bind("version", version)
                .mapTo(String.class).findOne()
                .orElseThrow(() -> new StaleVersionException("member " + closed.id(), version));
        h.createUpdate(MemberRows.FORGET_NAME_KEY).bind("key", nameKey).execute();
        return financings;
    }
}
