package id.okoce.domain.financing;

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
 * The built-in financing products, with stable ids.
 *
 * <ul>
 *   <li>{@code bank-dki-kredit-monas-pemula-2018}: Bank DKI "Kredit Monas Pemula (OK OCE)", DKI Jakarta only,
 *       up to Rp 10,000,000, 7% flat, up to 18 months, no collateral; P1–P6 and a licence required.</li>
 *   <li>{@code kur-super-mikro-2023}, {@code kur-mikro-2023}, {@code kur-kecil-2023}: KUR bands under
 *       Permenko 1/2022 as amended (≤ Rp 10 jt; &gt; 10 jt – 100 jt; &gt; 100 jt – 500 jt), nationwide, from
 *       1 January 2023; a business at least 6 months old, a licence (NIB or SKU), borrower at least 21.</li>
 * </ul>
 *
 * <p>Decisions recorded here, where the sources are silent: Bank DKI's product applies from
 * 1 January 2018 with no end date and borrowers of 17 and over (KTP age); KUR counts members
 * (P1) with no further stage; the KUR alternative "or married" for borrowers under 21 is not
 * modelled, as the member record holds no marital status.
 */
public final class FinancingCatalogue {

    /** Bank DKI's 2018 OK OCE product. */
    public static final ProductId BANK_DKI_KREDIT_MONAS_PEMULA_2018 = ProductId.of("bank-dki-kredit-monas-pemula-2018");
    /** KUR Super Mikro, 2023 rules. */
    public static final ProductId KUR_SUPER_MIKRO_2023 = ProductId.of("kur-super-mikro-2023");
    /** KUR Mikro, 2023 rules. */
    public static final ProductId KUR_MIKRO_2023 = ProductId.of("kur-mikro-2023");
    /** KUR Kecil, 2023 rules. */
    public static final ProductId KUR_KECIL_2023 = ProductId.of("kur-kecil-2023");

    private FinancingCatalogue() {
    }

    /** The four built-in products, Bank DKI's first. */
    public static List<FinancingProduct> builtIn() {
        Set<ProvinceCode> nationwide = Regions.kemendagri2025().provinces().stream()
                .map(Province::code).collect(Collectors.toSet());
        Set<Stage> p1ToP6 = EnumSet.range(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING);
        Set<Stage> member = EnumSet.of(Stage.REGISTRATION);
        LocalDate kurFrom = LocalDate.of(2023, 1, 1);
        return List.of(
                new FinancingProduct(BANK_DKI_KREDIT_MONAS_PEMULA_2018, "Bank DKI", "Kredit Monas Pemula (OK OCE)",
                        Set.of(Hub.province()), Rupiah.of(1), Rupiah.of(10_000_000), p1ToP6, true, 0, 17,
                        OptionalInt.empty(), 18, LocalDate.of(2018, 1, 1), Optional.empty()),
                new FinancingProduct(KUR_SUPER_MIKRO_2023, "Bank penyalur KUR", "KUR Super Mikro", nationwide,
                        Rupiah.of(1), Rupiah.of(10_000_000), member, true, 6, 21, OptionalInt.empty(), 60,
                        kurFrom, Optional.empty()),
                new FinancingProduct(KUR_MIKRO_2023, "Bank penyalur KUR", "KUR Mikro", nationwide,
                        Rupiah.of(10_000_001), Rupiah.of(100_000_000), member, true, 6, 21, OptionalInt.empty(), 60,
                        kurFrom, Optional.empty()),
                new FinancingProduct(KUR_KECIL_2023, "Bank penyalur KUR", "KUR Kecil", nationwide,
                        Rupiah.of(100_000_001), Rupiah.of(500_000_000), member, true, 6, 21, OptionalInt.empty(), 60,
                        kurFrom, Optional.empty()));
    }
}
