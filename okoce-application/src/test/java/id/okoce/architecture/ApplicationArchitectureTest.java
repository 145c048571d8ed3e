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

/** The application's layering rules, kept here so a fork that drops the app module keeps them. */
class ApplicationArchitectureTest {

    private static final JavaClasses PRODUCTION = HexagonRules.productionClasses();

    static Stream<ArchRule> rules() {
        return Stream.of(HexagonRules.applicationRules(HexagonRules.ROOT), HexagonRules.domainRules(HexagonRules.ROOT),
                HexagonRules.codingRules()).flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void the_application_keeps_the_rule(ArchRule rule) {
        assertThatCode(() -> rule.check(PRODUCTION)).doesNotThrowAnyException();
    }

    @Test
    void a_library_in_the_application_breaks_its_dependency_rule() {
        bites(HexagonRules.applicationDependsOnlyOnDomain("id.okoce.archfixture.appdeps"), "id.okoce.archfixture.appdeps", "org.mockito");
    }

    @Test
    void an_inbound_port_using_an_outbound_port_breaks_its_rule() {
        bites(HexagonRules.inboundPortsStandAlone("id.okoce.archfixture.ports"), "id.okoce.archfixture.ports", "OrderRepository");
    }

    @Test
    void an_outbound_port_using_an_inbound_port_breaks_its_rule() {
        bites(HexagonRules.outboundPortsStandAlone("id.okoce.archfixture.ports"), "id.okoce.archfixture.ports", "OrderUseCase");
    }

    @Test
    void an_inbound_port_not_named_for_a_use_case_breaks_its_rule() {
        bites(HexagonRules.inboundPortsEndInUseCase("id.okoce.archfixture.naming"), "id.okoce.archfixture.naming", "PlaceOrder");
    }

    @Test
    void a_use_case_implemented_by_a_handler_breaks_the_service_rule() {
        bites(HexagonRules.useCasesAreImplementedByServices("id.okoce.archfixture.naming"), "id.okoce.archfixture.naming", "OrderHandler");
    }

    @Test
    void a_service_outside_application_service_breaks_the_service_rule() {
        bites(HexagonRules.useCasesAreImplementedByServices("id.okoce.archfixture.placement"), "id.okoce.archfixture.placement",
                "ShipOrderService");
    }

    private static void bites(ArchRule rule, String fixture, String expected) {
        assertThatThrownBy(() -> rule.check(HexagonRules.fixture(fixture))).isInstanceOf(AssertionError.class)
                .hasMessageContaining(expected);
    }
}
