package id.okoce.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * Every layering rule of the project, for a root package ({@code id.okoce} for the real code, a
 * fixture package in the tests that prove a rule bites). All rules keep ArchUnit's default of
 * failing when they match nothing.
 */
public final class HexagonRules {

    /** The root package of the real code. */
    public static final String ROOT = "id.okoce";

    private HexagonRules() {
    }

    /** The production classes under {@link #ROOT}, without test classes or test-jars (the contract kit, fixtures). */
    public static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    /** All classes of one package tree, tests included; for fixtures. */
    public static JavaClasses fixture(String root) {
        return new ClassFileImporter().importPackages(root);
    }

    /** The domain depends only on the JDK and itself. */
    public static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .as("the domain depends only on java.. and itself");
    }

    /** The domain uses no database, network or file-system API of the JDK. */
    public static ArchRule domainAvoidsIoApis(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..")
                .as("the domain uses no java.sql, java.net or java.nio.file");
    }

    /** The domain's packages form no cycle. */
    public static ArchRule domainHasNoCycles(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles()
                .as("the domain's packages are free of cycles");
    }

    /** The application depends only on the domain, itself and the JDK. */
    public static ArchRule applicationDependsOnlyOnDomain(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .as("the application depends only on the domain and java..");
    }

    /** Inbound ports do not depend on outbound ports or services. */
    public static ArchRule inboundPortsStandAlone(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.in..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".application.port.out..", root + ".application.service..")
                .as("inbound ports depend on neither outbound ports nor services");
    }

    /** Outbound ports do not depend on inbound ports or services. */
    public static ArchRule outboundPortsStandAlone(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.out..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".application.port.in..", root + ".application.service..")
                .as("outbound ports depend on neither inbound ports nor services");
    }

    /** Inbound port interfaces are named for their use case. */
    public static ArchRule inboundPortsEndInUseCase(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..").and().areInterfaces()
                .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("UseCase")
                .as("inbound ports end in UseCase");
    }

    /** Use cases are implemented by services in {@code application.service}. */
    public static ArchRule useCasesAreImplementedByServices(String root) {
        return classes().that().implement(DescribedPredicate.describe("an inbound port",
                        (JavaClass c) -> c.getPackageName().startsWith(root + ".application.port.in")
                                && c.isInterface()))
                .and().areNotInterfaces().and().areNotAnonymousClasses()
                .should().haveSimpleNameEndingWith("Service").andShould().resideInAPackage(root + ".application.service..")
                .as("use cases are implemented by ...Service classes in application.service");
    }

    /** Adapters reach the core through ports, never through services. */
    public static ArchRule adaptersUsePortsNotServices(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .as("adapters depend on ports, never on services");
    }

    /** No adapter depends on another. */
    public static ArchRule adaptersAreIndependent(String root) {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
                .as("adapters never depend on each other");
    }

    /** Only the app module knows the app package, Guice and jakarta.inject. */
    public static ArchRule onlyTheAppWires(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".app..", "com.google.inject..", "jakarta.inject..",
                        "javax.inject..")
                .as("nothing but the app depends on id.okoce.app, Guice or jakarta.inject");
    }

    /** Javalin and Jackson appear only in the HTTP adapter. */
    public static ArchRule webLibrariesOnlyInHttpAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.fasterxml.jackson..")
                .as("Javalin and Jackson only in the HTTP adapter");
    }

    /** JDBI, HikariCP, the PostgreSQL driver, Flyway and the embedded PostgreSQL appear only in the JDBC adapter. */
    public static ArchRule databaseLibrariesOnlyInJdbcAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "com.zaxxer.hikari..", "org.postgresql..",
                        "org.flywaydb..", "io.zonky..")
                .as("JDBI, HikariCP, PostgreSQL, Flyway only in the JDBC adapter");
    }

    /** No System.out or System.err. */
    public static ArchRule noStandardStreams() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
    }

    /**
     * No java.util.logging at all (ArchUnit's own rule looks at logger fields only, and misses a
     * call to {@code Logger.getLogger(...)}).
     */
    public static ArchRule noJavaUtilLogging() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .as("no class uses java.util.logging");
    }

    /** No throwing of Throwable, Exception or RuntimeException themselves. */
    public static ArchRule noGenericExceptions() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    }

    /** The rules about the domain. */
    public static List<ArchRule> domainRules(String root) {
        return List.of(domainDependsOnlyOnTheJdk(root), domainAvoidsIoApis(root), domainHasNoCycles(root));
    }

    /** The rules about the application. */
    public static List<ArchRule> applicationRules(String root) {
        return List.of(applicationDependsOnlyOnDomain(root), inboundPortsStandAlone(root), outboundPortsStandAlone(root),
                inboundPortsEndInUseCase(root), useCasesAreImplementedByServices(root));
    }

    /** The rules about adapters and wiring. */
    public static List<ArchRule> adapterRules(String root) {
        return List.of(adaptersUsePortsNotServices(root), adaptersAreIndependent(root), onlyTheAppWires(root),
                webLibrariesOnlyInHttpAdapter(root), databaseLibrariesOnlyInJdbcAdapter(root));
    }

    /** The coding rules that hold everywhere. */
    public static List<ArchRule> codingRules() {
        return List.of(noStandardStreams(), noJavaUtilLogging(), noGenericExceptions());
    }
}
