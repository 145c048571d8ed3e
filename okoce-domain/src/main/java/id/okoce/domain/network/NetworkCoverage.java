package id.okoce.domain.network;

import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.Province;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.Regions;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageAvailability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each stage is delivered (rule 7). The hub delivers all seven. In any other province,
 * P1 and P6 are always available; P2–P5 and P7 only where an agreement in force of a partner of
 * that province that is VALIDATED now enables them. (A partner's status is judged as it is now,
 * not as it was on the date asked about: suspending a partner withdraws its agreements' stages.)
 */
public final class NetworkCoverage implements StageAvailability {

    private final Map<ProvinceCode, List<CooperationAgreement>> agreementsByProvince = new HashMap<>();

    private NetworkCoverage(Collection<Partner> partners, Collection<CooperationAgreement> agreements) {
        Map<PartnerId, Partner> byId = new HashMap<>();
        for (Partner partner : partners) {
            byId.put(partner.id(), partner);
        }
        for (CooperationAgreement agreement : agreements) {
            Partner partner = byId.get(agreement.partnerId());
            if (partner != null && partner.status() == PartnerStatus.VALIDATED) {
                agreementsByProvince.computeIfAbsent(agreement.province(), p -> new ArrayList<>()).add(agreement);
            }
        }
    }

    /**
     * The coverage given by these partners and agreements. Agreements of partners not in
     * {@code partners}, or not validated, enable nothing.
     */
    public static NetworkCoverage of(Collection<Partner> partners, Collection<CooperationAgreement> agreements) {
        return new NetworkCoverage(partners, agreements);
    }

    /** The coverage of a network with no partners: the hub, and P1 and P6 elsewhere. */
    public static NetworkCoverage hubOnly() {
        return new NetworkCoverage(List.of(), List.of());
    }

    @Override
    public boolean isAvailable(ProvinceCode province, Stage stage, LocalDate date) {
        if (Hub.isHub(province) || Hub.NETWORK_STAGES.contains(stage)) {
            return true;
        }
        for (CooperationAgreement agreement : agreementsByProvince.getOrDefault(province, List.of())) {
            if (agreement.enables(stage, date)) {
                return true;
            }
        }
        return false;
    }

    /** The stages available in {@code province} on {@code date}, in order. */
    public Set<Stage> stagesAvailable(ProvinceCode province, LocalDate date) {
        Set<Stage> available = EnumSet.noneOf(Stage.class);
        for (Stage stage : Stage.values()) {
            if (isAvailable(province, stage, date)) {
                available.add(stage);
            }
        }
        return available;
    }

    /** For every province of the reference list, in code order, the stages it can deliver on {@code date}. */
    public List<ProvinceCoverage> view(LocalDate date) {
        List<ProvinceCoverage> view = new ArrayList<>();
        for (Province province : Regions.kemendagri2025().provinces()) {
            view.add(new ProvinceCoverage(province, stagesAvailable(province.code(), date)));
        }
        return view;
    }
}
