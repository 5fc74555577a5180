package dev.switchboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.switchboard.adapters.providers.leakfixture.CrossProviderLeak;
import dev.switchboard.adapters.providers.mock.MockProviderFactory;
import dev.switchboard.application.leakfixture.AdapterLeak;
import dev.switchboard.application.leakfixture.CycleEnd;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.leakfixture.CycleStart;
import dev.switchboard.domain.leakfixture.LooseValue;
import dev.switchboard.domain.leakfixture.ProviderLeak;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shows that the rules bite: each one, evaluated over a deliberate violation from this module's test sources, reports
 * it and names the type that leaked. The production rules import main classes only, so these fixtures never reach them.
 */
class LeakDetectionTest {

    private static final JavaClasses PROVIDER_LEAK = new ClassFileImporter().importClasses(ProviderLeak.class);
    private static final JavaClasses ADAPTER_LEAK = new ClassFileImporter().importClasses(AdapterLeak.class);
    private static final JavaClasses LOOSE_VALUE = new ClassFileImporter().importClasses(LooseValue.class);
    private static final JavaClasses CROSS_PROVIDER = new ClassFileImporter()
            .importClasses(CrossProviderLeak.class, CrossProviderLeak.Helper.class, MockProviderFactory.class);

    @Test
    void domain_rule_fails_when_a_provider_type_leaks_into_the_domain() {
        assertReports(
                DependencyRulesTest.domain_depends_only_on_java_and_jspecify,
                PROVIDER_LEAK,
                MockProviderFactory.class.getName());
        assertReports(
                DependencyRulesTest.core_sees_no_adapter_framework_or_wire_type,
                PROVIDER_LEAK,
                MockProviderFactory.class.getName());
    }

    @Test
    void application_rules_fail_when_a_use_case_builds_an_adapter_or_talks_http_itself() {
        assertReports(
                DependencyRulesTest.application_depends_only_on_the_domain_caffeine_resilience4j_and_a_tokenizer,
                ADAPTER_LEAK,
                MockProviderFactory.class.getName());
        assertReports(
                DependencyRulesTest.core_sees_no_adapter_framework_or_wire_type,
                ADAPTER_LEAK,
                "java.net.http.HttpClient");
        assertReports(
                DependencyRulesTest.java_net_http_stays_in_the_provider_adapters,
                ADAPTER_LEAK,
                "java.net.http.HttpClient");
    }

    @Test
    void signature_rule_fails_on_object_and_maps_of_object_but_not_on_equals_or_typed_generics() {
        EvaluationResult result = CodingRulesTest.core_signatures_show_no_object.evaluate(LOOSE_VALUE);

        List<String> details = result.getFailureReport().getDetails();
        assertThat(details)
                .hasSize(3)
                .anyMatch(line -> line.contains("LooseValue.attributes()") && line.contains("java.util.Map"))
                .anyMatch(line -> line.contains("LooseValue.put(java.lang.String, java.lang.Object)"))
                .anyMatch(line -> line.contains("LooseValue.rows()"))
                .noneMatch(line -> line.contains("equals") || line.contains("typed"));
    }

    @Test
    void final_fields_rule_fails_on_a_mutable_domain_field() {
        assertReports(CodingRulesTest.domain_fields_are_final, LOOSE_VALUE, "LooseValue.name");
    }

    @Test
    void provider_rules_fail_on_a_public_class_that_reaches_into_another_provider() {
        assertReports(
                ProviderRulesTest.provider_packages_do_not_depend_on_each_other,
                CROSS_PROVIDER,
                MockProviderFactory.class.getName());
        assertReports(
                ProviderRulesTest.only_provider_factories_are_public,
                CROSS_PROVIDER,
                CrossProviderLeak.class.getName());
        assertReports(ProviderRulesTest.adapters_have_no_synchronized_methods, CROSS_PROVIDER, "borrowedType");
        assertReports(CodingRulesTest.no_vague_class_names, CROSS_PROVIDER, CrossProviderLeak.Helper.class.getName());
    }

    @Test
    void cycle_rule_fails_when_two_packages_need_each_other() {
        var classes = new ClassFileImporter().importClasses(CycleStart.class, CycleEnd.class);

        assertReports(CodingRulesTest.packages_are_free_of_cycles, classes, "domain.leakfixture");
    }

    @Test
    void production_rules_see_every_module_but_none_of_the_fixtures() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(Packages.ROOT);

        assertThat(production.contain(ChatRequest.class)).isTrue();
        assertThat(production.contain(MockProviderFactory.class)).isTrue();
        assertThat(production.contain(ProviderLeak.class)).isFalse();
        assertThat(production.contain(LeakDetectionTest.class)).isFalse();
    }

    private static void assertReports(ArchRule rule, JavaClasses classes, String leaked) {
        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(leaked));
    }
}
