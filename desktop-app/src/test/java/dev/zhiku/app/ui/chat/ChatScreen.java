package dev.zhiku.app.ui.chat;

import atlantafx.base.theme.PrimerLight;
import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.source.OpenOutcome;
import dev.zhiku.rag.conversation.ConversationStore;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The chat screen on a test stage, with an asker of the test's choosing, and a question typed and sent. */
record ChatScreen(ChatViewModel model, ChatView view) {

    /** Shows a chat over {@code asker} and {@code store} in {@code locale}; opening a file opens nothing. */
    static ChatScreen show(Stage stage, Asker asker, ConversationStore store, Locale locale) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ChatViewModel model = new ChatViewModel(asker, store, null, UiExecutor.fx(), ChatWorkers.daemon(),
                (f, p) -> OpenOutcome.opened(false));
        ChatView view = new ChatView(model, ChatTexts.bundle(locale));
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        return new ChatScreen(model, view);
    }

    /** Types the question, sends it with Enter and waits until the answer is done. */
    void ask(FxRobot robot, String question) throws Exception {
        robot.interact(() -> view.input().setText(question));
        robot.clickOn(view.input());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.items().isEmpty()
                && !model.busyProperty().get() && model.items().getLast().state() == ChatItem.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
