/**
 * Inbound ports: one interface per use case, each with one method, taking a command or query
 * record that checks itself. Every call names the {@link id.okoce.domain.access.Actor} it is made for.
 */
package id.okoce.application.port.in;
