package id.okoce.application.memory;

import id.okoce.application.port.out.OutboundPorts;

/** A fresh, empty set of in-memory adapters. */
public final class InMemoryAdapters {

    private InMemoryAdapters() {
    }

    /** Every outbound port, in memory, sharing one transaction manager. */
    public static OutboundPorts create() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryAuditTrail audit = new InMemoryAuditTrail(transactions);
        InMemoryMemberRepository members = new InMemoryMemberRepository(transactions, audit);
        InMemoryIdentitySource identities = new InMemoryIdentitySource();
        return new OutboundPorts(members, new InMemoryPartnerRepository(transactions),
                new InMemoryAgreementRepository(transactions), new InMemoryFinancingProductRepository(transactions),
                new InMemoryFinancingRepository(transactions), new InMemoryNetworkStatistics(members), transactions,
                identities, new InMemoryTokenRepository(transactions), new InMemoryIdempotencyStore(transactions),
                new InMemoryMemberImportStore(members, identities, audit), new InMemoryImportJobRepository(), audit,
                new InMemoryReadRecords());
    }
}
