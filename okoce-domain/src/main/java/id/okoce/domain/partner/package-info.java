/**
 * Regional partners (mitra) and their cooperation agreements (perjanjian kerja sama). A partner
 * registers, is validated or rejected by the hub, may be suspended and reinstated; only a
 * validated partner may use the OK OCE name and sign agreements, whose enabled stages must fit
 * the counterparty's kind.
 */
package id.okoce.domain.partner;
