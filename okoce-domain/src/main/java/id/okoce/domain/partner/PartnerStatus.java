package id.okoce.domain.partner;

/** Where a partner is in its lifecycle: REGISTERED → VALIDATED or REJECTED; VALIDATED ⇄ SUSPENDED. */
public enum PartnerStatus {
    /** Registered, waiting for the hub's validation (menunggu validasi). */
    REGISTERED,
    /** Validated by the hub: may use the OK OCE name and sign agreements. */
    VALIDATED,
    /** Refused by the hub, with a reason; final. */
    REJECTED,
    /** Validated once, now suspended with a reason; may be reinstated. */
    SUSPENDED
}
