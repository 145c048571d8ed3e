package id.okoce.domain.access;

/** The roles a caller can hold. */
public enum Role {
    /** An administrator of the hub: everything. */
    HUB_ADMIN,
    /** A validated partner: members, stages, agreements and reports of its own province. */
    PARTNER,
    /** A bank: eligibility of members for its own products. */
    BANK
}
