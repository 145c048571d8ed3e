package id.okoce.application.port.out;

import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.util.List;
import java.util.Optional;

/**
 * Stores cooperation agreements, changed only by ending them early or amending them (the old
 * terms stay in the audit trail). Reads return empty results
 * for unknown ids, never {@code null}. Writes join the current {@link Transactions} transaction.
 */
public interface AgreementRepository {

    /** Inserts a new agreement; {@link StaleVersionException} if its id already exists (no upsert). */
    void add(CooperationAgreement agreement);

    /**
     * Replaces a stored agreement's stages and validity with {@code agreement}'s (same id, partner and
     * counterparty), joining the current transaction.
     *
     * @return false if no agreement has its id (nothing is changed)
     */
    boolean replace(CooperationAgreement agreement);

    /** The agreement with this id, or empty. */
    Optional<CooperationAgreement> findById(AgreementId id);

    /** The partner's agreements, ordered by validFrom then id. */
    List<CooperationAgreement> findByPartner(PartnerId partner);

    /** The agreements of partners working in {@code province}, ordered by validFrom then id. */
    List<CooperationAgreement> findByProvince(ProvinceCode province);

    /** Every agreement, ordered by province, validFrom, id. */
    List<CooperationAgreement> findAll();
}
