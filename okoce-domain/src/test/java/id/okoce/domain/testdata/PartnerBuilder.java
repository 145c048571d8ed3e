package id.okoce.domain.testdata;

import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Builds partners for tests: by default "Komunitas Wirausaha Bandung" with the brand "OK OCE Asyik"
 * in Jawa Barat, registered on 1 September 2018 and not yet validated.
 */
public final class PartnerBuilder {

    private PartnerId id = PartnerId.random();
    private String name = "Komunitas Wirausaha Bandung";
    private Optional<String> brand = Optional.of("OK OCE Asyik");
    private String province = "32";
    private java.util.Set<RegencyCode> regencies = java.util.Set.of();
    private LocalDate registeredOn = LocalDate.of(2018, 9, 1);
    private boolean validated;

    private PartnerBuilder() {
    }

    /** A new builder with the defaults. */
    public static PartnerBuilder aPartner() {
        return new PartnerBuilder();
    }

    /** Works in this province. */
    public PartnerBuilder inProvince(String code) {
        this.province = code;
        return this;
    }

    /** Works in these kabupaten/kota of its province only. */
    public PartnerBuilder inRegencies(String... codes) {
        this.regencies = java.util.Arrays.stream(codes).map(RegencyCode::of).collect(java.util.stream.Collectors.toSet());
        return this;
    }

    /** Has this name. */
    public PartnerBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** Has this id. */
    public PartnerBuilder withId(PartnerId id) {
        this.id = id;
        return this;
    }

    /** Validated by the hub on 7 September 2018. */
    public PartnerBuilder validated() {
        this.validated = true;
        return this;
    }

    /** Builds the partner. */
    public Partner build() {
        Partner partner = Partner.register(id, name, brand, PartnerArea.of(ProvinceCode.of(province), regencies),
                new PartnerContact(Optional.of(EmailAddress.parse("halo@example.org")),
                        Optional.of(PhoneNumber.parse("081234567890"))),
                registeredOn);
        return validated ? partner.validate(LocalDate.of(2018, 9, 7), LocalDate.of(2018, 9, 7)) : partner;
    }
}
