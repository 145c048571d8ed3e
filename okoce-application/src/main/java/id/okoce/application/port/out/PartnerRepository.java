package id.okoce.application.port.out;

import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.ProvinceCode;
import java.util.List;
import java.util.Optional;

/**
 * Stores partners. Reads return {@link Optional#empty()} for an unknown id, never {@code null}.
 * Writes join the current {@link Transactions} transaction when there is one.
 */
public interface PartnerRepository {

    /**
     * Stores a partner with optimistic locking, and returns it at its new version: a partner at
     * version 0 is inserted (at version 1; {@link StaleVersionException} if the id exists); at
     * version {@code v > 0} it replaces the stored one only if that is still at {@code v}
     * (returned at {@code v + 1}), otherwise {@link StaleVersionException} and nothing is written.
     */
    Partner save(Partner partner);

    /** The partner with this id, or empty. */
    Optional<Partner> findById(PartnerId id);

    /**
     * Partners matching the optional filters, ordered by registration date then name then id.
     *
     * @param province only partners working in this province
     * @param status   only partners in this status
     */
    List<Partner> find(Optional<ProvinceCode> province, Optional<PartnerStatus> status);
}
