/**
 * Outbound ports: one per aggregate, plus the report read model, transactions and the source of
 * ids and member numbers. Their Javadoc is the contract an adapter implements; the contract kit in
 * this module's test-jar checks it.
 */
package id.okoce.application.port.out;
