package dev.ledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module direction app -> infra -> {command-side, query-side} -> shared-kernel, checked on the bytecode. */
class ArchitectureTest {

    private static JavaClasses ledger;

    @BeforeAll
    static void importClasses() {
        ledger = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ledger");
    }

    @Test
    void theKernelIsPlainJdk() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.ledger.kernel..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.ledger.kernel..", "java..");
        rule.check(ledger);
    }

    @Test
    void theCommandSideNeverSeesTheQuerySide() {
        noClasses().that().resideInAPackage("dev.ledger.command..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ledger.query..", "dev.ledger.infra..", "dev.ledger.app..")
                .check(ledger);
    }

    @Test
    void theQuerySideNeverSeesTheCommandSide() {
        noClasses().that().resideInAPackage("dev.ledger.query..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ledger.command..", "dev.ledger.infra..", "dev.ledger.app..")
                .check(ledger);
    }

    @Test
    void infraUsesOnlyThePublicApiOfEachSide() {
        noClasses().that().resideInAPackage("dev.ledger.infra..")
                .should().dependOnClassesThat().resideInAPackage("dev.ledger.app..")
                .check(ledger);
    }

    @Test
    void theRulesThemselvesCanFail() {
        // A rule that must be broken by the real code base: proves the importer saw the classes it checks.
        ArchRule impossible = noClasses().that().resideInAPackage("dev.ledger.infra..")
                .should().dependOnClassesThat().resideInAPackage("dev.ledger.command..");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> impossible.check(ledger))
                .isInstanceOf(AssertionError.class);
    }
}
