package id.okoce.application.port.out;

import java.util.Objects;

/**
 * Everything the core needs from the outside, in one value: what an adapter module hands to
 * {@code OkoceCore.assemble}.
 *
 * <p>Every port may be called from many threads at once, and must be safe for it.
 *
 * <p>Eight of them share one store and must be replaced together ({@link MemberStore}): the
 * members, the report counters that move with every member write, the member numbers, the bulk
 * import, the financing (recorded in one transaction with the member's P7), the remembered keyed
 * requests, the audit trail (written in the transaction of every change) and the transactions.
 * The other six (partners, agreements, products, tokens, import jobs, read records) may stay the
 * provided ones: {@link #withMemberStore} puts a store of one's own beside them.
 * One rule binds the two halves: a keyed request claims its key, does its work (a partner, a
 * token, an agreement as much as a member) and remembers its answer in one transaction, so the
 * store's {@link Transactions} must enclose the transactions of the adapters kept, running their
 * {@code inTransaction} around its own. Their writes then commit or roll back with the store's
 * (the sample fork in the test sources, {@code example.fork}, does exactly this). Two stores
 * committed one after the other are not one commit: if the outer one fails after the inner one
 * committed, they disagree; a fork that needs that guarantee keeps all fourteen ports in one store.
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
 * @param audit        the audit trail of every change
 * @param reads        the record of every read of personal data
 */
public record OutboundPorts(MemberRepository members, PartnerRepository partners, AgreementRepository agreements,
                            FinancingProductRepository products, FinancingRepository financings,
                            NetworkStatistics statistics, Transactions transactions, IdentitySource identities,
                            TokenRepository tokens, IdempotencyStore idempotency, MemberImportStore imports,
                            ImportJobRepository importJobs, AuditTrail audit, ReadRecords reads) {

    /**
     * The ports that share one store and one transaction manager: replace them together, or not
     * at all (see the class comment for why each belongs here, and what {@code transactions} must
     * enclose).
     *
     * @param members      member storage
     * @param statistics   the report read model, moved by every member write in its transaction
     * @param identities   ids and member numbers (numbers continue after the store is reopened)
     * @param imports      bulk writes of members, keeping every rule of {@code members}
     * @param financings   financing, written in the transaction that completes P7
     * @param idempotency  keyed requests, claimed in the transaction of their work
     * @param audit        the audit trail, appended in the transaction of each change
     * @param transactions the transactions all of these join, enclosing those of the adapters kept
     */
    public record MemberStore(MemberRepository members, NetworkStatistics statistics, IdentitySource identities,
                              MemberImportStore imports, FinancingRepository financings, IdempotencyStore idempotency,
                              AuditTrail audit, Transactions transactions) {

        /** Checks every port is present. */
        public MemberStore {
            Objects.requireNonNull(members, "members");
            Objects.requireNonNull(statistics, "statistics");
            Objects.requireNonNull(identities, "identities");
            Objects.requireNonNull(imports, "imports");
            Objects.requireNonNull(financings, "financings");
            Objects.requireNonNull(idempotency, "idempotency");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    /** These ports with {@code store} in place of their member store; the other six stay. */
    public OutboundPorts withMemberStore(MemberStore store) {
        return new OutboundPorts(store.members(), partners, agreements, products, store.financings(), store.statistics(),
                store.transactions(), store.identities(), tokens, store.idempotency(), store.imports(), importJobs, store.audit(),
                reads);
    }

    /** These ports with {@code other} in place of their read records (e.g. none, to measure what they cost). */
    public OutboundPorts withReadRecords(ReadRecords other) {
        return new OutboundPorts(members, partners, agreements, products, financings, statistics, transactions, identities, tokens,
                idempotency, imports, importJobs, audit, other);
    }

    /** The member store of these ports. */
    public MemberStore memberStore() {
        return new MemberStore(members, statistics, identities, imports, financings, idempotency, audit, transactions);
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
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(reads, "reads");
    }
}
