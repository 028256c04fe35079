package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.ZhikuHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ErrorPresenterTest {

    private final ZhikuHome home = new ZhikuHome(Path.of("/tmp/zhiku-home"));

    @Test
    void aMissingFileSaysWhichAndWhatToDo() {
        ErrorPresenter p = new ErrorPresenter(new I18n(Language.ENGLISH).shell(), home);
        UserMessage m = p.describe(new UncheckedIOException(new NoSuchFileException("/data/report.pdf")));
        assertTrue(m.what().contains("/data/report.pdf"), m.what());
        assertTrue(m.nextStep().contains("Knowledge"), m.nextStep());
    }

    @Test
    void anythingElseGivesTheMessageAndTheLogFolderNeverAStackTrace() {
        ErrorPresenter p = new ErrorPresenter(new I18n(Language.CHINESE).shell(), home);
        UserMessage m = p.describe(new IllegalStateException("boom\n\tat dev.zhiku.Foo.bar(Foo.java:1)"));
        assertTrue(m.what().startsWith("出了点问题"), m.what());
        assertFalse(m.what().contains("Foo.java"), m.what());
        assertTrue(m.nextStep().contains(home.logsDir().toString()), m.nextStep());
    }

    @Test
    void anEmptyIndexPointsToKnowledge() {
        ErrorPresenter p = new ErrorPresenter(new I18n(Language.ENGLISH).shell(), home);
        UserMessage m = p.describe(new IOException("no index in /x yet: run `zhiku index` first"));
        assertTrue(m.what().contains("Nothing has been indexed"), m.what());
    }
}
