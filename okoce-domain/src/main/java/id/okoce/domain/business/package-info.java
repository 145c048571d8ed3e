/**
 * A member's business (usaha): its name, sector, start date and licences — the NIB from OSS and
 * the older licence types (IUMK, SKU, SIUP, SP-PIRT).
 */
package id.okoce.domain.business;
