/** Use cases about regional partners and their cooperation agreements. */
package id.okoce.application.port.in.partner;
