/**
 * The services that implement the use cases: each loads what it needs through the outbound
 * ports, lets the domain decide, and saves, inside one transaction. No business rule lives here.
 */
package id.okoce.application.service;
