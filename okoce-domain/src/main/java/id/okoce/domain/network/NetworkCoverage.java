package id.okoce.domain.network;

import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.Province;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.region.Regions;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageAvailability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where each stage is delivered (rule 7). The hub delivers all seven. In any other province,
 * P1 and P6 are always available; P2–P5 and P7 only where an agreement in force on the day asked
 * about, of a partner of that province that was VALIDATED on that day, enables them: in the whole
 * province for a partner of the whole province, in its kabupaten/kota for a partner of some. Both are
 * judged as they stood on the day, so the past does not change: suspending a partner in 2020 ends
 * its coverage from then on, and its 2019 coverage stays.
 */
public final class NetworkCoverage implements StageAvailability {

    private final Map<ProvinceCode, List<CooperationAgreement>> agreementsByProvince = new HashMap<>();
    private final Map<PartnerId, Partner> partners = new HashMap<>();

    private NetworkCoverage(Collection<Partner> partners, Collection<CooperationAgreement> agreements) {
        for (Partner partner : partners) {
            this.partners.put(partner.id(), partner);
        }
        for (CooperationAgreement agreement : agreements) {
            Partner partner = this.partners.get(agreement.partnerId());
            if (partner != null && partner.standing().stream().anyMatch(s -> s.status() == PartnerStatus.VALIDATED)) {
                agreementsByProvince.computeIfAbsent(agreement.province(), p -> new ArrayList<>()).add(agreement);
            }
        }
    }

    /**
     * The coverage given by these partners and agreements. Agreements of partners not in
     * {@code partners} enable nothing; those of a partner enable stages on the days it was validated.
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
            Partner partner = partners.get(agreement.partnerId());
            if (partner.area().wholeProvince() && enables(agreement, partner, stage, date)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isAvailable(KecamatanCode place, Stage stage, LocalDate date) {
        ProvinceCode province = place.province();
        if (Hub.isHub(province) || Hub.NETWORK_STAGES.contains(stage)) {
            return true;
        }
        for (CooperationAgreement agreement : agreementsByProvince.getOrDefault(province, List.of())) {
            Partner partner = partners.get(agreement.partnerId());
            if (partner.area().covers(place) && enables(agreement, partner, stage, date)) {
                return true;
            }
        }
        return false;
    }

    private static boolean enables(CooperationAgreement agreement, Partner partner, Stage stage, LocalDate date) {
        return agreement.enables(stage, date) && partner.statusOn(date) == PartnerStatus.VALIDATED;
    }

    /**
     * The stages available in only some kabupaten/kota of {@code province} on {@code date} (through
     * partners of those kabupaten/kota), each with where; the stages of the whole province are left out.
     */
    public Map<Stage, SortedSet<RegencyCode>> stagesAvailableInPart(ProvinceCode province, LocalDate date) {
        Set<Stage> everywhere = stagesAvailable(province, date);
        Map<Stage, SortedSet<RegencyCode>> inPart = new EnumMap<>(Stage.class);
        for (CooperationAgreement agreement : agreementsByProvince.getOrDefault(province, List.of())) {
            Partner partner = partners.get(agreement.partnerId());
            if (partner.area().wholeProvince()) {
                continue;
            }
            for (Stage stage : Stage.values()) {
                if (!everywhere.contains(stage) && enables(agreement, partner, stage, date)) {
                    inPart.computeIfAbsent(stage, s -> new TreeSet<>()).addAll(partner.area().regencies());
                }
            }
        }
        return inPart;
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

    /**
     * For every province of the reference list, in code order, the stages it can deliver on
     * {@code date} everywhere, and those it can deliver in some kabupaten/kota.
     */
    public List<ProvinceCoverage> view(LocalDate date) {
        List<ProvinceCoverage> view = new ArrayList<>();
        for (Province province : Regions.kemendagri2025().provinces()) {
            view.add(new ProvinceCoverage(province, stagesAvailable(province.code(), date),
                    stagesAvailableInPart(province.code(), date)));
        }
        return view;
    }
}
