package id.okoce.application.port.out;

import java.util.Objects;

/**
 * Everything the core needs from the outside, in one value: what an adapter module hands to
 * {@code OkoceCore.assemble}.
 *
 * @param members      member storage
 * @param partners     partner storage
 * @param agreements   agreement storage
 * @param products     financing products
 * @param financings   financing granted
 * @param statistics   the report read model
 * @param transactions atomic units of work
 * @param identities   ids and member numbers
 */
public record OutboundPorts(MemberRepository members, PartnerRepository partners, AgreementRepository agreements,
                            FinancingProductRepository products, FinancingRepository financings,
                            NetworkStatistics statistics, Transactions transactions, IdentitySource identities) {

    /** Checks every port is present. */
    public OutboundPorts {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(financings, "financings");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(identities, "identities");
    }
}
