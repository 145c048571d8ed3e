package id.okoce.domain.access;

import id.okoce.domain.shared.DomainException;

/** The roles a caller can hold. */
public enum Role {
    /** An administrator of the hub: everything. */
    HUB_ADMIN,
    /** A validated partner: members, stages, agreements and reports of its own province. */
    PARTNER,
    /** A bank: eligibility of members for its own products. */
    BANK;

    /** Parses a role name, case-insensitively; refuses others with {@code ROLE_UNKNOWN}. */
    public static Role parse(String raw) {
        if (raw != null) {
            for (Role role : values()) {
                if (role.name().equalsIgnoreCase(raw.strip())) {
                    return role;
                }
            }
        }
        throw new DomainException(AccessError.ROLE_UNKNOWN, "role", "role must be HUB_ADMIN, PARTNER or BANK");
    }
}
