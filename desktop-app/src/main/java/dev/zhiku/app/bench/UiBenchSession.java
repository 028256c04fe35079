package dev.zhiku.app.bench;

import dev.zhiku.app.ui.AppServices;
import dev.zhiku.app.ui.AppShell;
import dev.zhiku.app.ui.FxUiExecutor;
import dev.zhiku.app.ui.I18n;
import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Screen;
import dev.zhiku.app.ui.Theme;
import dev.zhiku.app.ui.chat.ChatView;
import dev.zhiku.app.ui.knowledge.KnowledgeView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * The real window on the headless platform, driven the way a person uses it: "Add folder…" on the Knowledge screen,
 * questions typed into the chat and sent. Call from a non-FX thread; every step hops onto the FX thread.
 */
final class UiBenchSession implements AutoCloseable {

    private static final Duration ANSWER_WAIT = Duration.ofMinutes(5);

    private final AppShell shell;
    private final Stage stage;
    private final CountDownLatch indexed = new CountDownLatch(1);
    private volatile long indexedAtNanos;

    private UiBenchSession(AppShell shell, Stage stage) {
        this.shell = shell;
        this.stage = stage;
    }

    /** Builds and shows the window over {@code services} and waits until its first screen is open. */
    static UiBenchSession open(AppServices services) throws Exception {
        UiBenchSession session = FxCalls.call(() -> {
            AppShell shell = new AppShell(services, new I18n(Language.ENGLISH),
                    new SimpleObjectProperty<>(Theme.LIGHT), new FxUiExecutor());
            Stage stage = new Stage();
            stage.setScene(shell.scene());
            stage.setWidth(1200);
            stage.setHeight(800);
            stage.show();
            shell.start();
            return new UiBenchSession(shell, stage);
        });
        FxCalls.await("the window to open", Duration.ofMinutes(1),
                () -> session.shell.viewModel().screenProperty().get() != null);
        return session;
    }

    /** The window's scene. */
    Scene scene() {
        return stage.getScene();
    }

    /** Adds {@code folder} through the Knowledge screen's "Add folder…" button, which starts indexing it. */
    void addFolder(Path folder) throws Exception {
        FxCalls.call(() -> {
            KnowledgeView view = (KnowledgeView) show(Screen.KNOWLEDGE);
            view.setFolderChooser((owner, title) -> Optional.of(folder));
            Node reindex = view.lookup("#knowledge-reindex");
            reindex.disabledProperty().addListener((o, wasRunning, running) -> {
                if (wasRunning && !running) {
                    indexedAtNanos = System.nanoTime();
                    indexed.countDown();
                }
            });
            ((Button) view.lookup("#knowledge-add")).fire();
            return null;
        });
    }

    /** Waits up to {@code timeout} for the indexing run to end; true when it has. */
    boolean awaitIndexed(Duration timeout) throws InterruptedException {
        return indexed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When the indexing run ended ({@link System#nanoTime}), 0 before. */
    long indexedAtNanos() {
        return indexedAtNanos;
    }

    void showKnowledge() throws Exception {
        FxCalls.call(() -> show(Screen.KNOWLEDGE));
    }

    /** Types {@code question} into the chat, sends it and waits for the answer; true when it did not fail. */
    boolean ask(String question) throws Exception {
        ChatView chat = FxCalls.call(() -> (ChatView) show(Screen.CHAT));
        // the chat shows "opening your knowledge base…" until the home is open (slow on a loaded machine)
        FxCalls.await("the chat's send button", ANSWER_WAIT, () -> chat.lookup(".send-button") != null);
        int before = FxCalls.call(() -> {
            int cards = chat.lookupAll(".answer-card").size();
            chat.input().setText(question);
            ((Button) chat.lookup(".send-button")).fire();
            return cards;
        });
        FxCalls.await("an answer to '" + question + "'", ANSWER_WAIT,
                () -> chat.lookupAll(".answer-card").size() > before && !chat.lookup(".send-button").isDisabled());
        return FxCalls.call(() -> chat.lookupAll(".answer-card").stream()
                .reduce((first, second) -> second).map(n -> !n.getStyleClass().contains("failed")).orElse(false));
    }

    private Node show(Screen screen) {
        shell.viewModel().show(screen);
        return shell.window().current();
    }

    @Override
    public void close() throws Exception {
        FxCalls.call(() -> {
            stage.close();
            return null;
        });
    }
}
