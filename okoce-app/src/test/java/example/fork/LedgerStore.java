package example.fork;

import id.okoce.application.port.out.OutboundPorts;
import id.okoce.application.port.out.Transactions;

/** Opens the fork's member store on a ledger: the seven ports that must be replaced together. */
public final class LedgerStore {

    private LedgerStore() {
    }

    /**
     * New adapters on {@code ledger}, whose transactions enclose {@code kept}: the transactions of
     * the adapters kept for the other ports. Opening again on the same ledger is a restart.
     */
    public static OutboundPorts.MemberStore open(Ledger ledger, Transactions kept) {
        LedgerIdentities identities = new LedgerIdentities(ledger);
        return new OutboundPorts.MemberStore(new LedgerMembers(ledger), new LedgerStatistics(ledger), identities,
                new LedgerImports(ledger, identities), new LedgerFinancings(ledger), new LedgerIdempotency(ledger),
                new LedgerAudit(ledger), new LedgerTransactions(ledger, kept));
    }
}
