package id.okoce.domain.financing;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.network.Hub;
import id.okoce.domain.region.Province;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.Regions;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in financing products, with stable ids, as dated versions of their families.
 *
 * <ul>
 *   <li>{@code bank-dki-kredit-monas-pemula-2018} (family {@code bank-dki-kredit-monas-pemula}): Bank DKI
 *       "Kredit Monas Pemula (OK OCE)", DKI Jakarta only, up to Rp 10,000,000, 7% flat, up to 18 months, no
 *       collateral; P1–P6 and a business licence of any P4 kind required.</li>
 *   <li>{@code kur-mikro-2018} and {@code kur-kecil-2018}: KUR under Permenko 11/2017, 2018–2019: Mikro up to
 *       Rp 25 jt, Kecil above 25 jt up to 500 jt.</li>
 *   <li>{@code kur-super-mikro-2023}, {@code kur-mikro-2023}, {@code kur-kecil-2023}: KUR bands under
 *       Permenko 1/2022 as amended (≤ Rp 10 jt; &gt; 10 jt – 100 jt; &gt; 100 jt – 500 jt), from 1 January 2023.</li>
 * </ul>
 *
 * <p>Every KUR version is nationwide and asks for a business at least 6 months old, a licence that is an NIB
 * or an SKU, a borrower of at least 21, and no other productive credit (a fact SIKP holds: unknown unless
 * an adapter asks it).
 *
 * <p>Decisions recorded here, where the sources are silent: Bank DKI's product applies from
 * 1 January 2018 with no end date and borrowers of 17 and over (KTP age); KUR counts members
 * (P1) with no further stage; the KUR alternative "or married" for borrowers under 21 is not
 * modelled, as the member record holds no marital status; the KUR versions of 2020–2022 (the bands
 * changed in 2020 and 2022) are not built in, and an operator defines them over the API if needed.
 */
public final class FinancingCatalogue {

    /** Bank DKI's 2018 OK OCE product. */
    public static final ProductId BANK_DKI_KREDIT_MONAS_PEMULA_2018 = ProductId.of("bank-dki-kredit-monas-pemula-2018");
    /** KUR Mikro, 2018 rules. */
    public static final ProductId KUR_MIKRO_2018 = ProductId.of("kur-mikro-2018");
    /** KUR Kecil, 2018 rules. */
    public static final ProductId KUR_KECIL_2018 = ProductId.of("kur-kecil-2018");
    /** KUR Super Mikro, 2023 rules. */
    public static final ProductId KUR_SUPER_MIKRO_2023 = ProductId.of("kur-super-mikro-2023");
    /** KUR Mikro, 2023 rules. */
    public static final ProductId KUR_MIKRO_2023 = ProductId.of("kur-mikro-2023");
    /** KUR Kecil, 2023 rules. */
    public static final ProductId KUR_KECIL_2023 = ProductId.of("kur-kecil-2023");

    /** The bank of every KUR version. */
    public static final String KUR_BANK = "Bank penyalur KUR";

    private FinancingCatalogue() {
    }

    /** The built-in versions, Bank DKI's first. */
    public static List<FinancingProduct> builtIn() {
        Set<ProvinceCode> nationwide = Regions.kemendagri2025().provinces().stream()
                .map(Province::code).collect(Collectors.toSet());
        Set<Stage> p1ToP6 = EnumSet.range(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING);
        Set<LicenceType> anyLicence = EnumSet.allOf(LicenceType.class);
        LocalDate kur2018 = LocalDate.of(2018, 1, 1);
        Optional<LocalDate> kur2018Until = Optional.of(LocalDate.of(2019, 12, 31));
        LocalDate kur2023 = LocalDate.of(2023, 1, 1);
        return List.of(
                new FinancingProduct(BANK_DKI_KREDIT_MONAS_PEMULA_2018, "bank-dki-kredit-monas-pemula", "Bank DKI",
                        "Kredit Monas Pemula (OK OCE)", Set.of(Hub.province()), Rupiah.of(1), Rupiah.of(10_000_000), p1ToP6,
                        anyLicence, 0, 17, OptionalInt.empty(), 18, false, LocalDate.of(2018, 1, 1), Optional.empty()),
                kur(KUR_MIKRO_2018, "kur-mikro", "KUR Mikro", nationwide, 1, 25_000_000, kur2018, kur2018Until),
                kur(KUR_KECIL_2018, "kur-kecil", "KUR Kecil", nationwide, 25_000_001, 500_000_000, kur2018, kur2018Until),
                kur(KUR_SUPER_MIKRO_2023, "kur-super-mikro", "KUR Super Mikro", nationwide, 1, 10_000_000, kur2023,
                        Optional.empty()),
                kur(KUR_MIKRO_2023, "kur-mikro", "KUR Mikro", nationwide, 10_000_001, 100_000_000, kur2023, Optional.empty()),
                kur(KUR_KECIL_2023, "kur-kecil", "KUR Kecil", nationwide, 100_000_001, 500_000_000, kur2023,
                        Optional.empty()));
    }

    private static FinancingProduct kur(ProductId id, String family, String name, Set<ProvinceCode> provinces, long min,
                                        long max, LocalDate from, Optional<LocalDate> until) {
        return new FinancingProduct(id, family, KUR_BANK, name, provinces, Rupiah.of(min), Rupiah.of(max),
                EnumSet.of(Stage.REGISTRATION), EnumSet.of(LicenceType.NIB, LicenceType.SKU), 6, 21, OptionalInt.empty(),
                60, true, from, until);
    }
}
