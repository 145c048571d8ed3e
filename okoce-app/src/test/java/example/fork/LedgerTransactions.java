package example.fork;

import id.okoce.application.port.out.Transactions;
import java.util.function.Supplier;

/**
 * The ledger's transactions, run inside the transactions of the library's adapters that the fork
 * keeps (partners, agreements, products, tokens): a keyed request writes to both in one unit of
 * work, so the work commits in both or rolls back in both. Inside, the ledger gives the work a
 * private copy of its data, published whole when the work returns.
 */
final class LedgerTransactions implements Transactions {

    private final Ledger ledger;
    private final Transactions kept;

    LedgerTransactions(Ledger ledger, Transactions kept) {
        this.ledger = ledger;
        this.kept = kept;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return kept.inTransaction(() -> ledger.transaction(data -> work.get()));
    }
}
