/**
 * Thread-safe in-memory adapters for every outbound port, shipped in the test-jar: they pass the
 * whole contract kit, and serve use-case tests and embedders' own tests. Transactions are
 * serialised by one lock and rolled back from an undo log.
 */
package id.okoce.application.memory;
