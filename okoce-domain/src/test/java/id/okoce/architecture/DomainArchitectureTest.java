package id.okoce.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The domain's own layering rules, kept here so a fork that drops the app module keeps them. */
class DomainArchitectureTest {

    private static final JavaClasses PRODUCTION = HexagonRules.productionClasses();

    static Stream<ArchRule> rules() {
        return Stream.concat(HexagonRules.domainRules(HexagonRules.ROOT).stream(), HexagonRules.codingRules().stream());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void the_domain_keeps_the_rule(ArchRule rule) {
        assertThatCode(() -> rule.check(PRODUCTION)).doesNotThrowAnyException();
    }

    @Test
    void depending_on_a_library_breaks_the_jdk_only_rule() {
        assertBites(HexagonRules.domainDependsOnlyOnTheJdk("id.okoce.archfixture.impure"), "id.okoce.archfixture.impure", "UsesJunit");
    }

    @Test
    void using_java_sql_breaks_the_io_rule() {
        assertBites(HexagonRules.domainAvoidsIoApis("id.okoce.archfixture.impure"), "id.okoce.archfixture.impure", "java.sql.Connection");
    }

    @Test
    void a_package_cycle_breaks_the_cycle_rule() {
        assertBites(HexagonRules.domainHasNoCycles("id.okoce.archfixture.cycle"), "id.okoce.archfixture.cycle", "Cycle");
    }

    @Test
    void printing_breaks_the_standard_stream_rule() {
        assertBites(HexagonRules.noStandardStreams(), "id.okoce.archfixture.streams", "System.out");
    }

    @Test
    void java_util_logging_breaks_its_rule() {
        assertBites(HexagonRules.noJavaUtilLogging(), "id.okoce.archfixture.jul", "java.util.logging");
    }

    @Test
    void a_bare_runtime_exception_breaks_the_generic_exception_rule() {
        assertBites(HexagonRules.noGenericExceptions(), "id.okoce.archfixture.generic", "RuntimeException");
    }

    @Test
    void a_rule_that_matches_nothing_fails() {
        assertBites(HexagonRules.domainDependsOnlyOnTheJdk("id.okoce.nothing.here"), "id.okoce.archfixture.streams", "");
    }

    static void assertBites(ArchRule rule, String fixtureRoot, String expectedInMessage) {
        assertThatThrownBy(() -> rule.check(HexagonRules.fixture(fixtureRoot)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(expectedInMessage);
    }
}
