/**
 * The OK OCE use cases: inbound ports (one interface per use case, with self-checking command and
 * query records), outbound ports that adapters implement, the services that orchestrate them,
 * and {@link id.okoce.application.OkoceCore}, the plain-Java assembler for embedders.
 */
package id.okoce.application;
