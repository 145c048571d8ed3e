package id.okoce.domain.audit;

/**
 * Every kind of change the audit trail records, with its stable code (the same words as the
 * network's events) and the kind of object it changes.
 */
public enum AuditAction {
    /** A member registered (P1). */
    MEMBER_REGISTERED("member.registered", "member"),
    /** A batch of members written by a bulk import; the object is the import job. */
    MEMBERS_IMPORTED("member.imported", "import"),
    /** Name, phone, business or kecamatan corrected within the province. */
    MEMBER_CORRECTED("member.corrected", "member"),
    /** Moved to another province. */
    MEMBER_TRANSFERRED("member.transferred", "member"),
    /** Identity and contact data destroyed on request or at the end of retention. */
    MEMBER_ERASED("member.erased", "member"),
    /** Another member, found to be the same person, merged into this one; the object is the survivor. */
    MEMBER_MERGED("member.merged", "member"),
    /** A 7PAS stage completed. */
    STAGE_COMPLETED("stage.completed", "member"),
    /** The most recent stage withdrawn (entered by mistake). */
    STAGE_WITHDRAWN("stage.withdrawn", "member"),
    /** A financing recorded. */
    FINANCING_RECORDED("financing.recorded", "financing"),
    /** A bank's refusal of financing recorded. */
    FINANCING_REFUSED("financing.refused", "financing"),
    /** A partner registered. */
    PARTNER_REGISTERED("partner.registered", "partner"),
    /** A partner's name, brand or contact edited. */
    PARTNER_EDITED("partner.edited", "partner"),
    /** A partner validated or rejected by the hub. */
    PARTNER_VALIDATED("partner.validated", "partner"),
    /** A partner suspended or reinstated. */
    PARTNER_STANDING_CHANGED("partner.standing-changed", "partner"),
    /** A cooperation agreement recorded. */
    AGREEMENT_RECORDED("agreement.recorded", "agreement"),
    /** A cooperation agreement ended early. */
    AGREEMENT_ENDED("agreement.ended", "agreement"),
    /** A cooperation agreement's stages or validity amended. */
    AGREEMENT_AMENDED("agreement.amended", "agreement"),
    /** A financing product defined. */
    PRODUCT_DEFINED("product.defined", "product"),
    /** A financing product version ended early. */
    PRODUCT_ENDED("product.ended", "product"),
    /** An API token issued. */
    TOKEN_ISSUED("token.issued", "token"),
    /** An API token revoked. */
    TOKEN_REVOKED("token.revoked", "token"),
    /** A possible duplicate pair resolved in review; the object is the pair. */
    DUPLICATE_RESOLVED("duplicate.resolved", "duplicate"),
    /** An import job finished: its counts (one entry per job, where the batches have one each). */
    IMPORT_COMPLETED("import.completed", "import");

    private final String code;
    private final String objectType;

    AuditAction(String code, String objectType) {
        this.code = code;
        this.objectType = objectType;
    }

    /** The stable code, e.g. {@code member.corrected}. */
    public String code() {
        return code;
    }

    /** The kind of object it changes: member, import, financing, partner, agreement, product, token or duplicate (a pair). */
    public String objectType() {
        return objectType;
    }

    /** The action with this code. */
    public static AuditAction ofCode(String code) {
        for (AuditAction action : values()) {
            if (action.code.equals(code)) {
                return action;
            }
        }
        throw new IllegalArgumentException("no audit action " + code);
    }
}
