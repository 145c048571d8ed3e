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
 * @param tokens       API tokens (hashes only)
 * @param idempotency  remembered outcomes of keyed requests
 * @param imports      bulk writes of imported members
 * @param importJobs   import jobs and their error reports
 */
public record OutboundPorts(MemberRepository members, PartnerRepository partners, AgreementRepository agreements,
                            FinancingProductRepository products, FinancingRepository financings,
                            NetworkStatistics statistics, Transactions transactions, IdentitySource identities,
                            TokenRepository tokens, IdempotencyStore idempotency, MemberImportStore imports,
                            ImportJobRepository importJobs) {

    /** The same ports with another financing store (e.g. one made to fail in a test). */
    public OutboundPorts withFinancings(FinancingRepository other) {
        return new OutboundPorts(members, partners, agreements, products, other, statistics, transactions, identities, tokens,
                idempotency, imports, importJobs);
    }

    /** The same ports with another identity source. */
    public OutboundPorts withIdentities(IdentitySource other) {
        return new OutboundPorts(members, partners, agreements, products, financings, statistics, transactions, other, tokens,
                idempotency, imports, importJobs);
    }

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
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(importJobs, "importJobs");
    }
}
