/**
 * 7PAS, "7 Langkah Pasti Akan Sukses": the seven stages every member walks through in order, the
 * evidence each needs, and a member's stage record with the rules for completing a stage
 * (prerequisites, dates, evidence, availability in the member's province).
 */
package id.okoce.domain.stage;
