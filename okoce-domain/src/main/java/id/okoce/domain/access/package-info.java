/**
 * Who is acting and what they may see: the hub's administrators see everything, a partner sees
 * only its own province (anything else behaves as if it did not exist), a bank sees eligibility
 * for its own products.
 */
package id.okoce.domain.access;
