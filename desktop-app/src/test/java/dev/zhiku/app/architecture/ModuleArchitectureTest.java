package dev.zhiku.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.zhiku.app.Main;
import dev.zhiku.indexer.embed.EmbeddingThroughput;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph of docs/architecture.md, enforced over the production classes of every module on the class path
 * (core and indexer arrive as dependencies of desktop-app). Plain JUnit tests rather than {@code @ArchTest}
 * fields: Surefire 3.5.3 silently skips those fields (TNG/ArchUnit#1442).
 */
class ModuleArchitectureTest {

    /** The core test-jar (the generator contract) is on the test class path; its classes are not production. */
    private static final java.util.regex.Pattern TEST_JAR = java.util.regex.Pattern.compile(".*-tests\\.jar.*");

    private static JavaClasses zhiku;

    @BeforeAll
    static void importClasses() {
        zhiku = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.matches(TEST_JAR))
                .importPackages("dev.zhiku");
    }

    @Test
    void coreUsesOnlyTheJdkAndSlf4j() {
        classes().that().resideInAPackage("dev.zhiku.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "dev.zhiku.core..")
                .check(zhiku);
    }

    @Test
    void javaFxOnlyInTheApp() {
        noClasses().that().resideOutsideOfPackage("dev.zhiku.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(zhiku);
    }

    @Test
    void indexingLibrariesOnlyInTheIndexer() {
        noClasses()
                .that().resideOutsideOfPackage("dev.zhiku.indexer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.apache.tika..",
                        "ai.onnxruntime..", "ai.djl..")
                .check(zhiku);
    }

    @Test
    void llamaOnlyInLlmNative() {
        noClasses().that().resideOutsideOfPackage("dev.zhiku.llm..")
                .should().dependOnClassesThat().resideInAPackage("de.kherud..")
                .check(zhiku);
    }

    @Test
    void indexerDoesNotSeeTheApp() {
        noClasses().that().resideInAPackage("dev.zhiku.indexer..")
                .should().dependOnClassesThat().resideInAPackage("dev.zhiku.app..")
                .check(zhiku);
    }

    /** Only the command line prints; the embedding benchmark's main is the one named exception. */
    @Test
    void ragSeesIndexAndModelsOnlyThroughCore() {
        noClasses().that().resideInAPackage("dev.zhiku.rag..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.zhiku.indexer..", "dev.zhiku.llm..",
                        "dev.zhiku.app..")
                .check(zhiku);
    }

    @Test
    void llmNativeKnowsNothingOfRetrieval() {
        noClasses().that().resideInAPackage("dev.zhiku.llm..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.zhiku.indexer..", "dev.zhiku.rag..",
                        "dev.zhiku.app..")
                .check(zhiku);
    }

    @Test
    void indexerKnowsNothingOfAnswersOrModels() {
        noClasses().that().resideInAPackage("dev.zhiku.indexer..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.zhiku.rag..", "dev.zhiku.llm..")
                .check(zhiku);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses()
                .that(not(resideInAPackage("dev.zhiku.app.cli")))
                .and(not(belongToAnyOf(Main.class, EmbeddingThroughput.class)))
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(zhiku);
    }

    @Test
    void slf4jIsTheOnlyLoggingApi() {
        // Named exception: Main lowers the level of JavaFX's own JUL logger before anything else starts.
        noClasses().that().doNotHaveFullyQualifiedName("dev.zhiku.app.Main")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                        "org.apache.logging.log4j..", "org.apache.commons.logging..")
                .check(zhiku);
    }

    /** Every pool names its threads: the overloads without a ThreadFactory are banned. */
    @Test
    void threadPoolsHaveAThreadFactory() {
        noClasses()
                .should().callMethod(Executors.class, "newFixedThreadPool", int.class)
                .orShould().callMethod(Executors.class, "newCachedThreadPool")
                .orShould().callMethod(Executors.class, "newSingleThreadExecutor")
                .orShould().callMethod(Executors.class, "newScheduledThreadPool", int.class)
                .orShould().callMethod(Executors.class, "newSingleThreadScheduledExecutor")
                .check(zhiku);
    }
    /**
     * Every outbound connection goes through {@code dev.zhiku.core.net.Outbound}: no other class builds or sends
     * with an HTTP client, opens a URL connection, or opens a client socket. (Servers listening on loopback are
     * inbound and allowed.)
     */
    @Test
    void outboundConnectionsOnlyThroughTheGate() {
        noClasses().that().resideOutsideOfPackage("dev.zhiku.core.net..")
                .should().callMethodWhere(JavaCall.Predicates.target(AccessTarget.Predicates.declaredIn(
                        JavaClass.Predicates.assignableTo(java.net.http.HttpClient.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "send|sendAsync|newBuilder|newHttpClient|newWebSocketBuilder"))))
                .orShould().callMethodWhere(JavaCall.Predicates.target(AccessTarget.Predicates.declaredIn(
                        JavaClass.Predicates.assignableTo(java.net.http.HttpClient.Builder.class))))
                .orShould().callMethodWhere(JavaCall.Predicates.target(AccessTarget.Predicates.declaredIn(
                        java.net.URL.class)).and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "openConnection|openStream"))))
                .orShould().callConstructorWhere(JavaCall.Predicates.target(AccessTarget.Predicates.declaredIn(
                        JavaClass.Predicates.assignableTo(java.net.Socket.class))))
                .orShould().callConstructorWhere(JavaCall.Predicates.target(AccessTarget.Predicates.declaredIn(
                        JavaClass.Predicates.assignableTo(java.net.DatagramSocket.class))))
                .orShould().callMethodWhere(JavaCall.Predicates.target(AccessTarget.Predicates.declaredIn(
                        JavaClass.Predicates.assignableTo(java.nio.channels.SocketChannel.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.name("open"))))
                .because("with escalation off the product makes no network connection except model downloads")
                .check(zhiku);
    }
}
