/**
 * A sample fork: a regional partner's own member store, written outside the library's packages
 * against nothing but the ports, and checked by the whole contract kit through its one entry
 * point ({@code ForkContractTest}).
 *
 * <p>The store keeps its data in one {@link example.fork.Ledger} (standing for whatever outlives
 * the adapters: a file, a key-value service) as immutable snapshots: a transaction works on a
 * private copy under one lock and publishes it whole on commit, so no reader ever sees an
 * uncommitted write and a rollback is dropping the copy. That is how a store without transactions
 * of its own meets the all-or-nothing import: the session stages its rows and publishes them in one
 * commit at {@code finish(true)}. Copying the register per transaction is fine for a few thousand
 * members; a fork on a real database uses the database's transactions instead.
 *
 * <p>The seven ports of {@code OutboundPorts.MemberStore} come from {@link example.fork.LedgerStore#open};
 * the other five (partners, agreements, products, tokens, import jobs) are the library's, combined
 * through {@code OutboundPorts.withMemberStore}. The ledger's transactions run inside theirs
 * ({@link example.fork.LedgerTransactions}), because a keyed request writes a partner or a token in
 * the same unit of work as its remembered answer.
 */
package example.fork;
