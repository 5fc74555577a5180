package dev.switchboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static dev.switchboard.architecture.Packages.ADAPTERS;
import static dev.switchboard.architecture.Packages.APPLICATION;
import static dev.switchboard.architecture.Packages.AWS_SDK;
import static dev.switchboard.architecture.Packages.BEDROCK;
import static dev.switchboard.architecture.Packages.BOOTSTRAP;
import static dev.switchboard.architecture.Packages.CAFFEINE;
import static dev.switchboard.architecture.Packages.DOMAIN;
import static dev.switchboard.architecture.Packages.FLYWAY;
import static dev.switchboard.architecture.Packages.HTTP;
import static dev.switchboard.architecture.Packages.JACKSON;
import static dev.switchboard.architecture.Packages.JAVA;
import static dev.switchboard.architecture.Packages.JAVALIN;
import static dev.switchboard.architecture.Packages.JAVA_HTTP;
import static dev.switchboard.architecture.Packages.JDBI;
import static dev.switchboard.architecture.Packages.JSPECIFY;
import static dev.switchboard.architecture.Packages.JTOKKIT;
import static dev.switchboard.architecture.Packages.MICROMETER;
import static dev.switchboard.architecture.Packages.OPENTELEMETRY;
import static dev.switchboard.architecture.Packages.PERSISTENCE;
import static dev.switchboard.architecture.Packages.PROVIDERS;
import static dev.switchboard.architecture.Packages.RESILIENCE4J;
import static dev.switchboard.architecture.Packages.WIRE;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which code may depend on which: the core on nothing but Java, each framework only inside its adapter. The module
 * graph already stops a module from reading another; these rules also see what {@code requires} lets through, such
 * as {@code java.net.http} (a JDK module anyone may require) or a type that reaches the core by another path.
 */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_java_and_jspecify = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(DOMAIN, JAVA, JSPECIFY)
            .because("the domain is pure Java, usable with any framework and testable without one");

    @ArchTest
    static final ArchRule application_depends_only_on_the_domain_caffeine_resilience4j_and_a_tokenizer = classes()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(APPLICATION, DOMAIN, JAVA, JSPECIFY, CAFFEINE, RESILIENCE4J, JTOKKIT)
            .because("use cases hold orchestration only and reach adapters through the domain's ports; the tokenizer"
                    + " counts prompts for the capability check")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule core_sees_no_adapter_framework_or_wire_type = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN, APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ADAPTERS, WIRE, BOOTSTRAP, JAVALIN, JDBI, FLYWAY, JACKSON, JAVA_HTTP, MICROMETER, OPENTELEMETRY)
            .because("the core names ports, never the adapters or frameworks behind them");

    @ArchTest
    static final ArchRule javalin_stays_in_the_http_adapter = onlyIn(JAVALIN, HTTP);

    @ArchTest
    static final ArchRule micrometer_stays_in_the_http_adapter = onlyIn(MICROMETER, HTTP);

    @ArchTest
    static final ArchRule opentelemetry_stays_in_the_http_adapter_and_bootstrap = noClasses()
            .that()
            .resideOutsideOfPackages(HTTP, BOOTSTRAP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(OPENTELEMETRY)
            .because("the core hears of requests through the domain's Telemetry port; the SDK is wired in bootstrap")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule jdbi_and_flyway_stay_in_the_persistence_adapter = noClasses()
            .that()
            .resideOutsideOfPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(JDBI, FLYWAY)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule java_net_http_stays_in_the_provider_adapters = onlyIn(JAVA_HTTP, PROVIDERS);

    @ArchTest
    static final ArchRule the_aws_sdk_stays_in_the_bedrock_provider = noClasses()
            .that()
            .resideOutsideOfPackage(BEDROCK)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(AWS_SDK)
            .because("no AWS type crosses the provider port: the SDK is the bedrock adapter's own business");

    @ArchTest
    static final ArchRule jackson_stays_in_the_wire_codec_the_adapters_and_bootstrap = noClasses()
            .that()
            .resideOutsideOfPackages(WIRE, ADAPTERS, BOOTSTRAP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(JACKSON)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices().matching("dev.switchboard.adapters.(*)..")
            .should()
            .notDependOnEachOther()
            .because("each adapter is plugged in by bootstrap alone")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule outbound_adapters_never_see_the_application = noClasses()
            .that()
            .resideInAnyPackage(PROVIDERS, PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APPLICATION)
            .because("driven ports live in the domain, next to their concept")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_bootstrap_knows_bootstrap = onlyIn(BOOTSTRAP, BOOTSTRAP);

    /** No class outside {@code home} depends on a class in {@code framework}. */
    private static ArchRule onlyIn(String framework, String home) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(home)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(framework)
                .allowEmptyShould(true);
    }
}
