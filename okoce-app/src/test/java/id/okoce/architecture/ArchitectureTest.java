package id.okoce.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layering rule over every module's production classes. The domain and application modules
 * repeat their own rules; the adapter and wiring rules live here, each shown to bite on a fixture.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = HexagonRules.productionClasses();

    static Stream<ArchRule> rules() {
        return Stream.of(HexagonRules.domainRules(HexagonRules.ROOT), HexagonRules.applicationRules(HexagonRules.ROOT),
                HexagonRules.adapterRules(HexagonRules.ROOT), HexagonRules.codingRules()).flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void the_whole_code_keeps_the_rule(ArchRule rule) {
        assertThatCode(() -> rule.check(PRODUCTION)).doesNotThrowAnyException();
    }

    @Test
    void an_adapter_calling_a_service_breaks_the_ports_rule() {
        bites(HexagonRules.adaptersUsePortsNotServices("id.okoce.archfixture.portsnotservices"), "id.okoce.archfixture.portsnotservices",
                "PlaceOrderService");
    }

    @Test
    void one_adapter_using_another_breaks_the_independence_rule() {
        bites(HexagonRules.adaptersAreIndependent("id.okoce.archfixture.independent"), "id.okoce.archfixture.independent", "OrderTable");
    }

    @Test
    void guice_outside_the_app_breaks_the_wiring_rule() {
        bites(HexagonRules.onlyTheAppWires("id.okoce.archfixture.wiring"), "id.okoce.archfixture.wiring", "com.google.inject");
    }

    @Test
    void an_adapter_knowing_the_app_breaks_the_wiring_rule() {
        bites(HexagonRules.onlyTheAppWires("id.okoce.archfixture.appdep"), "id.okoce.archfixture.appdep", "Wiring");
    }

    @Test
    void jackson_outside_the_http_adapter_breaks_its_rule() {
        bites(HexagonRules.webLibrariesOnlyInHttpAdapter("id.okoce.archfixture.web"), "id.okoce.archfixture.web", "ObjectMapper");
    }

    @Test
    void jdbi_outside_the_jdbc_adapter_breaks_its_rule() {
        bites(HexagonRules.databaseLibrariesOnlyInJdbcAdapter("id.okoce.archfixture.db"), "id.okoce.archfixture.db", "Jdbi");
    }

    private static void bites(ArchRule rule, String fixture, String expected) {
        assertThatThrownBy(() -> rule.check(HexagonRules.fixture(fixture))).isInstanceOf(AssertionError.class)
                .hasMessageContaining(expected);
    }
}
