/**
 * The layering rules of the hexagon as ArchUnit rules, parameterised by the root package so each
 * can be shown to bite on a small fixture. Shipped in the domain test-jar: the domain, application
 * and app modules each apply the rules that concern them.
 */
package id.okoce.architecture;
