/**
 * Small classes that each break one layering rule on purpose, so the architecture tests can show
 * that every rule bites. Never used by production code.
 */
package id.okoce.archfixture;
