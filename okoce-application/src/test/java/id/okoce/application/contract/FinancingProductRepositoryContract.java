package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.FinancingProductRepository}. */
public abstract class FinancingProductRepositoryContract extends PortContract {

    private static FinancingProduct product(String id, OptionalInt maxAge, Optional<LocalDate> until) {
        return version(id, id, LocalDate.of(2024, 1, 1), maxAge, until);
    }

    private static FinancingProduct version(String id, String family, LocalDate from, OptionalInt maxAge,
                                            Optional<LocalDate> until) {
        return new FinancingProduct(ProductId.of(id), family, "Bank Sumsel Babel", "Kredit Kito", Set.of(ProvinceCode.of("16"),
                ProvinceCode.of("19")), Rupiah.of(1_000_000), Rupiah.of(25_000_000), EnumSet.of(Stage.REGISTRATION, Stage.TRAINING),
                EnumSet.of(LicenceType.NIB, LicenceType.SKU), 3, 18, maxAge, 24, true, from, until);
    }

    private static String freshId() {
        return "kredit-kito-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_product_is_added_once_and_read_back_whole() {
        FinancingProduct product = product(freshId(), OptionalInt.of(60), Optional.of(LocalDate.of(2025, 12, 31)));
        assertThat(ports.products().add(product)).isTrue();
        assertThat(ports.products().findById(product.id())).contains(product);
        FinancingProduct other = product(product.id().value(), OptionalInt.empty(), Optional.empty());
        assertThat(ports.products().add(other)).as("a second add with the same id changes nothing").isFalse();
        assertThat(ports.products().findById(product.id())).contains(product);
    }

    @Test
    void a_family_lists_its_versions_by_start_and_a_version_is_ended() {
        String family = freshId();
        FinancingProduct later = version(family + "-2024", family, LocalDate.of(2024, 1, 1), OptionalInt.empty(), Optional.empty());
        FinancingProduct earlier = version(family + "-2020", family, LocalDate.of(2020, 1, 1), OptionalInt.empty(),
                Optional.of(LocalDate.of(2023, 12, 31)));
        ports.products().add(later);
        ports.products().add(earlier);
        ports.products().add(product(freshId(), OptionalInt.empty(), Optional.empty()));
        assertThat(ports.products().findFamily(family)).containsExactly(earlier, later);
        assertThat(ports.products().findFamily("no-such-family")).isEmpty();
        assertThat(ports.products().end(later.id(), LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(ports.products().findById(later.id()).orElseThrow().validUntil()).contains(LocalDate.of(2025, 6, 30));
        assertThat(ports.products().end(ProductId.of("no-such-product"), LocalDate.of(2025, 6, 30))).isFalse();
    }

    @Test
    void open_ended_and_uncapped_products_keep_their_empties() {
        FinancingProduct product = product(freshId(), OptionalInt.empty(), Optional.empty());
        ports.products().add(product);
        FinancingProduct read = ports.products().findById(product.id()).orElseThrow();
        assertThat(read.maxBorrowerAge()).isEmpty();
        assertThat(read.validUntil()).isEmpty();
        assertThat(read).isEqualTo(product);
    }

    @Test
    void the_built_in_catalogue_round_trips() {
        for (FinancingProduct builtIn : FinancingCatalogue.builtIn()) {
            ports.products().add(builtIn);
            assertThat(ports.products().findById(builtIn.id())).contains(builtIn);
        }
    }

    @Test
    void an_unknown_id_finds_nothing_and_all_come_ordered_by_id() {
        assertThat(ports.products().findById(ProductId.of("no-such-product"))).isEmpty();
        ports.products().add(product("zz-" + freshId(), OptionalInt.empty(), Optional.empty()));
        ports.products().add(product("aa-" + freshId(), OptionalInt.empty(), Optional.empty()));
        List<FinancingProduct> all = ports.products().findAll();
        assertThat(all).extracting(p -> p.id().value()).isSorted();
    }
}
