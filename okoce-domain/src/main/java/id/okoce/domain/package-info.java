/**
 * The OK OCE network's rules in plain Java: regions, identity data, partners and their
 * cooperation agreements, members and their 7PAS stages, financing eligibility and the
 * national growth target. Nothing here reads a clock, a file outside the classpath, or a database.
 */
package id.okoce.domain;
