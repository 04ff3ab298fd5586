package vn.lantoa;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package boundaries of shared/STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.lantoa");
    }

    @Test
    void platformDependsOnNoCapability() {
        noClasses().that().resideInAPackage("vn.lantoa.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("vn.lantoa.platform..", "java..", "javax..", "jakarta..",
                        "io.micronaut..", "software.amazon..", "org.slf4j..", "org.owasp.html..", "org.jsoup..", "com.github.benmanes.caffeine..", "at.favre..", "io.github.bucket4j..", "net.javacrumbs..",
                        "io.swagger..", "gg.jte..", "org.reactivestreams..", "org.dhatim..", "com.mysql..", "io.netty..", "org.yaml..", "io.micrometer..",
                        // platform/jdbc reads Flyway's history the way Flyway does (UpToDateSchema).
                        "org.flywaydb..")
                .check(classes);
    }

    @Test
    void tenancyDependsOnlyOnPlatform() {
        noClasses().that().resideInAPackage("vn.lantoa.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lantoa.unit..", "vn.lantoa.people..", "vn.lantoa.committee..",
                        "vn.lantoa.files..", "vn.lantoa.audit..", "vn.lantoa.onboarding..", "vn.lantoa.home..", "vn.lantoa.demo..",
                        "vn.lantoa.shell..")
                .check(classes);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("vn.lantoa.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothingButTheDemoAndHomePagesDependOnLeafCapabilities() {
        noClasses().that().resideOutsideOfPackages("vn.lantoa.home..", "vn.lantoa.demo..", "vn.lantoa.onboarding..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lantoa.home..", "vn.lantoa.demo..", "vn.lantoa.onboarding..")
                .check(classes);
    }

    @Test
    void controllersDoNotTalkToTheDatabaseDriverDirectly() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(classes);
    }

    /** The demo's beans (history rewriting included) are not in the application's graph unless the demo is on. */
    @Test
    void theDemosBeansAreMadeOnlyWhenTheDemoIsOn() {
        DescribedPredicate<JavaAnnotation<?>> demoOn = DescribedPredicate.describe("@Requires(property = \"lantoa.demo.enabled\")",
                a -> a.getRawType().isEquivalentTo(Requires.class) && "lantoa.demo.enabled".equals(a.get("property").orElse(null)));
        classes().that().resideInAPackage("vn.lantoa.demo..").and().areAnnotatedWith(Singleton.class)
                .should().beAnnotatedWith(demoOn)
                .check(classes);
    }

    @Test
    void whatOnlyTheDemoNeedsLivesInTheDemo() {
        noClasses().that().resideOutsideOfPackage("vn.lantoa.demo..").should().haveSimpleNameStartingWith("Demo").check(classes);
    }
}
