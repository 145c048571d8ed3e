-- A bank's refusals, kept beside the financing granted: the product applied for, the amount asked, the
-- day, a reason code and the bank's note (destroyed with the member's data on an erasure).
CREATE TABLE financing_refusals (
    id          uuid PRIMARY KEY,
    member_id   uuid NOT NULL REFERENCES members (id),
    product_id  text NOT NULL REFERENCES financing_products (id),
    amount      bigint NOT NULL CHECK (amount >= 0),
    decided_on  date NOT NULL,
    reason      text NOT NULL CHECK (reason IN ('NOT_ELIGIBLE', 'OTHER_CREDIT_HELD', 'REPAYMENT_CAPACITY',
                                                'DOCUMENTS_INCOMPLETE', 'APPLICANT_WITHDREW', 'OTHER')),
    note        text CHECK (length(note) BETWEEN 1 AND 500)
);
CREATE INDEX financing_refusals_by_member ON financing_refusals (member_id, decided_on);
