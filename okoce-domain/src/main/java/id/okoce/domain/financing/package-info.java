/**
 * Financing for members: products (Bank DKI's Kredit Monas Pemula, the KUR bands) as dated
 * versions, the eligibility policy as a list of small named rules whose every outcome is reported,
 * and the record of financing granted (which completes P7).
 */
package id.okoce.domain.financing;
