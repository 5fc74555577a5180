package dev.switchboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static dev.switchboard.architecture.Packages.APPLICATION;
import static dev.switchboard.architecture.Packages.DOMAIN;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The house style's rules for code in every module: signatures, immutability, cycles, names and JDK traps. */
@AnalyzeClasses(packages = Packages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTest {

    /** Public types whose enclosing types are public too: the API a package shows. */
    static final DescribedPredicate<JavaClass> VISIBLE_OUTSIDE_THEIR_PACKAGE =
            DescribedPredicate.describe("visible outside their package", CodingRulesTest::visible);

    @ArchTest
    static final ArchRule core_signatures_show_no_object = codeUnits()
            .that()
            .areDeclaredInClassesThat()
            .resideInAnyPackage(DOMAIN, APPLICATION)
            .and()
            .areDeclaredInClassesThat(VISIBLE_OUTSIDE_THEIR_PACKAGE)
            .and()
            .arePublic()
            .and(DescribedPredicate.not(DescribedPredicate.describe(
                    "equals(Object) or compiler-made", CodingRulesTest::inheritedShapeOrSynthetic)))
            .should(new NoObjectInSignatures())
            .because("the core is strictly typed; JSON that must pass through is a JsonValue");

    @ArchTest
    static final ArchRule domain_fields_are_final = fields().that()
            .areDeclaredInClassesThat()
            .resideInAPackage(DOMAIN)
            .and()
            .areDeclaredInClassesThat()
            .haveSimpleNameNotEndingWith("Builder")
            .should()
            .beFinal()
            .because("every domain value is immutable; only a record's builder collects state");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles =
            slices().matching("dev.switchboard.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_standard_streams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_field_injection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule no_vague_class_names = noClasses()
            .should()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Processor")
            .because("a name says technology and role; behaviour goes on the type it is about");

    private static boolean visible(JavaClass javaClass) {
        return javaClass.getModifiers().contains(JavaModifier.PUBLIC)
                && javaClass.getEnclosingClass().map(CodingRulesTest::visible).orElse(true);
    }

    private static boolean inheritedShapeOrSynthetic(JavaCodeUnit unit) {
        boolean equals =
                unit.getName().equals("equals") && unit.getRawParameterTypes().size() == 1;
        return equals
                || unit.getModifiers().contains(JavaModifier.SYNTHETIC)
                || unit.getModifiers().contains(JavaModifier.BRIDGE);
    }
}
