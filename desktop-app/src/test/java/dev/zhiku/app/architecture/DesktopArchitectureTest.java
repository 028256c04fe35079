package dev.zhiku.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import java.util.Set;
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

    /** Parts of a home that only the composition root creates: classes built with {@code new}. */
    private static final Set<String> BUILT_BY_THE_ROOT = Set.of("dev.zhiku.rag.Answerer",
            "dev.zhiku.rag.cloud.Escalator", "dev.zhiku.rag.cloud.EscalationFlow",
            "dev.zhiku.indexer.Indexer", "dev.zhiku.llm.library.ModelLibrary",
            "dev.zhiku.rag.engine.EngineList");

    /** Parts of a home that only the composition root creates: the factory methods that open or load them. */
    private static final Set<String> OPENED_BY_THE_ROOT = Set.of("dev.zhiku.rag.conversation.ConversationStore.open",
            "dev.zhiku.rag.memory.MemoryStore.open", "dev.zhiku.rag.cloud.AuditLog.open",
            "dev.zhiku.rag.cloud.EncryptedFileSecretStore.open", "dev.zhiku.indexer.LocalKnowledgeBase.open",
            "dev.zhiku.indexer.embed.OnnxEmbeddingModel.load", "dev.zhiku.llm.engine.LlamaTextGenerator.load",
            "dev.zhiku.rag.engine.EngineConnector.open", "dev.zhiku.rag.engine.ServerEmbeddingModel.open",
            "dev.zhiku.rag.engine.ServerReranker.open");

    /**
     * One composition root: answerers, conversation and memory stores, the audit log, the knowledge base, models,
     * engines and the cloud path are made by {@code app.Wiring} alone; the command line, the servers and the window
     * obtain them from it.
     */
    @Test
    void onlyTheCompositionRootCreatesTheHomesParts() {
        DescribedPredicate<JavaCall<?>> createsAPart = new DescribedPredicate<>("create a part of the home") {
            @Override
            public boolean test(JavaCall<?> call) {
                String owner = call.getTargetOwner().getFullName();
                String name = call.getTarget().getName();
                return name.equals("<init>") ? BUILT_BY_THE_ROOT.contains(owner)
                        : OPENED_BY_THE_ROOT.contains(owner + "." + name);
            }
        };
        noClasses().that().doNotHaveFullyQualifiedName("dev.zhiku.app.Wiring")
                .should().callCodeUnitWhere(createsAPart)
                .check(app);
    }

    /**
     * One composition root per process: a home's {@code Wiring} is opened in two places only — {@code cli.Homes} for
     * the commands and the benchmarks (a command needing a second home, {@code bench llm --rag}, goes there too) and
     * {@code ui.AppServices} for the window — and both of them do open it.
     */
    @Test
    void onlyTheOpenersBuildTheCompositionRoot() {
        DescribedPredicate<JavaCall<?>> buildsTheRoot = new DescribedPredicate<>("build an app.Wiring") {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTarget().getName().equals("<init>")
                        && call.getTargetOwner().getFullName().equals("dev.zhiku.app.Wiring");
            }
        };
        noClasses().that().doNotHaveFullyQualifiedName("dev.zhiku.app.cli.Homes")
                .and().doNotHaveFullyQualifiedName("dev.zhiku.app.ui.AppServices")
                .should().callCodeUnitWhere(buildsTheRoot)
                .check(app);
        classes().that().haveFullyQualifiedName("dev.zhiku.app.cli.Homes")
                .or().haveFullyQualifiedName("dev.zhiku.app.ui.AppServices")
                .should().callCodeUnitWhere(buildsTheRoot)
                .check(app);
    }

    @Test
    void theWindowDoesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("dev.zhiku.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.zhiku.app.cli..")
                .check(app);
    }

    @Test
    void theCommandLineDoesNotUseTheWindow() {
        noClasses().that().resideInAPackage("dev.zhiku.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.zhiku.app.ui..")
                .check(app);
    }

    /**
     * The benchmarks ({@code zhiku bench …}, in {@code app.bench}) drive the command line, the servers and parts of
     * the window; the product only registers them ({@code app.Main}) and none of its packages uses them.
     */
    @Test
    void theProductDoesNotDependOnTheBenchmarks() {
        noClasses().that().resideInAnyPackage("dev.zhiku.app.cli..", "dev.zhiku.app.ui..", "dev.zhiku.app.serve..",
                        "dev.zhiku.app.mcp..", "dev.zhiku.app.json..")
                .should().dependOnClassesThat().resideInAPackage("dev.zhiku.app.bench..")
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
    void theCloudFlowSeesTheChatOnlyThroughItsInterface() {
        noClasses().that().haveFullyQualifiedName("dev.zhiku.app.ui.chat.CloudAsking")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.zhiku.app.ui.chat.ChatViewModel")
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
