package vn.lantoa.reporting;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The parts of reporting and the way they may use each other, checked on the compiled classes. Listed from the bottom:
 * core (periods, the report and its status), form (what a form is), obligation (what an issuer sets up, who owes
 * what), deadline (who is expected, reminders), rollup (the rolled-up numbers), incident (quick reports), export
 * (official documents), send (a unit's own reports), dashboard (what the units above see), review (a received report).
 */
class ReportingArchitectureTest {

    private static final String[] PARTS = {"core", "form", "obligation", "deadline", "rollup", "incident", "export", "send", "dashboard", "review"};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.lantoa");
    }

    @Test
    void everyClassOfReportingIsInOneOfItsParts() {
        String[] parts = new String[PARTS.length];
        for (int i = 0; i < PARTS.length; i++) {
            parts[i] = "vn.lantoa.reporting." + PARTS[i] + "..";
        }
        classes().that().resideInAPackage("vn.lantoa.reporting..").should().resideInAnyPackage(parts).check(classes);
    }

    @Test
    void thePartsOfReportingHaveNoCycles() {
        slices().matching("vn.lantoa.reporting.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachPartUsesOnlyThePartsBelowIt() {
        Architectures.LayeredArchitecture parts = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String part : PARTS) {
            parts = parts.layer(part).definedBy("vn.lantoa.reporting." + part + "..");
        }
        for (int i = 0; i < PARTS.length - 1; i++) {
            parts = parts.whereLayer(PARTS[i]).mayOnlyBeAccessedByLayers(Arrays.copyOfRange(PARTS, i + 1, PARTS.length));
        }
        parts.whereLayer(PARTS[PARTS.length - 1]).mayNotBeAccessedByAnyLayer().check(classes);
    }

    @Test
    void theSharedVocabularyHasNoPagesOfItsOwn() {
        noClasses().that().resideInAnyPackage("vn.lantoa.reporting.core..", "vn.lantoa.reporting.form..")
                .should().beAnnotatedWith(Controller.class)
                .check(classes);
    }

    @Test
    void exportsMakeDocumentsNotResponses() {
        noClasses().that().resideInAPackage("vn.lantoa.reporting.export..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..")
                .check(classes);
    }

    @Test
    void nothingUsesAController() {
        DescribedPredicate<JavaClass> controller = DescribedPredicate.describe("a controller",
                c -> c.isAnnotatedWith(Controller.class) || c.getEnclosingClass().map(e -> e.isAnnotatedWith(Controller.class)).orElse(false));
        noClasses().that(DescribedPredicate.not(controller)).should().dependOnClassesThat(controller).check(classes);
    }
}
