/**
 * Indonesian regions by their Kemendagri codes — province (2 digits), kabupaten/kota (4) and
 * kecamatan (6) — and the bundled Kemendagri 2025 reference list they are checked against
 * (MIT-licensed, from {@code cahyadsn/wilayah}; the licence travels beside the data).
 */
package id.okoce.domain.region;
