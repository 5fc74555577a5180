package dev.switchboard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static dev.switchboard.architecture.Packages.ADAPTERS;
import static dev.switchboard.architecture.Packages.PROVIDERS;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How the adapters are built: providers apart from each other, only factories public, no monitors around I/O. */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ProviderRulesTest {

    @ArchTest
    static final ArchRule provider_packages_do_not_depend_on_each_other = slices().matching(
                    "dev.switchboard.adapters.providers.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("dev.switchboard.adapters.providers.shared.."))
            .because("providers share code through `shared` only, so each can change alone");

    @ArchTest
    static final ArchRule only_provider_factories_are_public = classes()
            .that()
            .resideInAPackage(PROVIDERS)
            .and()
            .resideOutsideOfPackage("dev.switchboard.adapters.providers.shared..")
            .and(CodingRulesTest.VISIBLE_OUTSIDE_THEIR_PACKAGE)
            .should()
            .haveSimpleNameEndingWith("ProviderFactory")
            .because("the gateway reaches an adapter through its ModelProviderFactory alone; `shared` is public"
                    + " only so that provider packages can use it, and the module exports nothing");

    @ArchTest
    static final ArchRule adapters_have_no_synchronized_methods = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(ADAPTERS)
            .should()
            .notHaveModifier(JavaModifier.SYNCHRONIZED)
            .because("I/O runs on virtual threads; guard it with a ReentrantLock or a Semaphore");
}
