package dev.zhiku.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure inside {@code desktop-app} (docs/architecture.md): the window, the command line and the API server
 * are separate packages that meet only at the composition root, ViewModels stay free of controls, and packages form
 * no cycles. Plain JUnit tests, as in {@link ModuleArchitectureTest}.
 */
class DesktopArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.zhiku.app");
    }

    @Test
    void theWindowDoesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("dev.zhiku.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.zhiku.app.cli..")
                .check(app);
    }

    /**
     * The benchmarks ({@code zhiku bench ui}, {@code bench viewer}, registered by {@code BenchCommand}) drive parts
     * of the window; no other command does.
     */
    @Test
    void theCommandLineUsesTheWindowOnlyInItsBenchmarks() {
        noClasses().that().resideInAPackage("dev.zhiku.app.cli..")
                .and().haveSimpleNameNotContaining("Bench")
                .should().dependOnClassesThat().resideInAPackage("dev.zhiku.app.ui..")
                .check(app);
    }

    @Test
    void theApiServerUsesNeitherTheWindowNorTheCommandLine() {
        noClasses().that().resideInAPackage("dev.zhiku.app.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.zhiku.app.ui..", "dev.zhiku.app.cli..")
                .check(app);
    }

    @Test
    void theMcpServerUsesNeitherTheWindowNorTheCommandLine() {
        noClasses().that().resideInAPackage("dev.zhiku.app.mcp..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.zhiku.app.ui..", "dev.zhiku.app.cli..")
                .check(app);
    }

    @Test
    void viewModelsTouchNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(app);
    }

    @Test
    void topLevelPackagesFormNoCycles() {
        slices().matching("dev.zhiku.app.(*)..").should().beFreeOfCycles().check(app);
    }

    @Test
    void screensFormNoCycles() {
        slices().matching("dev.zhiku.app.ui.(*)..").should().beFreeOfCycles().check(app);
    }
}
