package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.app.cli.ZhikuCommandLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;

/** What the window flow tests share: a home indexed by {@code zhiku index}, and the English window shown on it. */
final class WindowFixture {

    private WindowFixture() {
    }

    /** Runs {@code zhiku index --home HOME --quiet OPTIONS… DOCS} and fails with its output unless it succeeds. */
    static void index(Path home, Path docs, String... options) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("index", "--home", home.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--quiet", docs.toString()));
        assertEquals(0, new ZhikuCommandLine(print, print).run(args.toArray(String[]::new)),
                log.toString(StandardCharsets.UTF_8));
    }

    /** The English window, light theme, over {@code services}, shown and started. */
    static AppShell show(Stage stage, AppServices services, int width, int height) {
        AppShell shell = new AppShell(services, new I18n(Language.ENGLISH), new SimpleObjectProperty<>(Theme.LIGHT),
                new FxUiExecutor());
        stage.setScene(shell.scene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        shell.start();
        return shell;
    }
}
