package dev.zhiku.app.ui.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.I18n;
import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Messages;
import dev.zhiku.app.ui.chat.ConsentDecision;
import dev.zhiku.app.ui.chat.ConsentPrompt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The consent dialog speaks Chinese when the interface does. */
@ExtendWith(ApplicationExtension.class)
class ConsentDialogChineseFxTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theDialogIsInChineseAndCancelDecidesNothingIsSent(FxRobot robot) throws Exception {
        Messages zh = new I18n(Language.CHINESE).messages(Messages.baseNameOf(ConsentDialog.class));
        ConsentPrompt prompt = ConsentDialog.prompt(zh, () -> stage, ConsentViewModelTest::edit);
        AtomicReference<ConsentDecision> decided = new AtomicReference<>();
        robot.interact(() -> prompt.ask(ConsentViewModelTest.request("邮件 a@example.com，电话 13812345678。问题：谁？"),
                decided::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#consent-send").tryQuery().isPresent());

        assertEquals("发送", robot.lookup("#consent-send").queryAs(Button.class).getText());
        assertEquals("编辑", robot.lookup("#consent-edit").queryAs(Button.class).getText());
        assertEquals("已替换 1 个电子邮件地址、1 个电话号码",
                robot.lookup("#consent-redacted").queryAs(Labeled.class).getText());
        assertEquals("已排除私密文件夹中的 1 个来源", robot.lookup("#consent-private").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup(".consent-heading").queryAs(Labeled.class).getText().contains("发送到云端"));
        robot.clickOn("#consent-edit");
        assertEquals("检查", robot.lookup("#consent-edit").queryAs(Button.class).getText());

        robot.clickOn("#consent-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decided.get() != null);
        assertEquals(false, decided.get().send());
    }
}
