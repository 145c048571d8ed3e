/**
 * The same person registered twice: how alike two registrations are, field by field, with a
 * Fellegi–Sunter weight for each comparison and the sum as the score, so every decision can be
 * explained.
 */
package id.okoce.domain.duplicate;
