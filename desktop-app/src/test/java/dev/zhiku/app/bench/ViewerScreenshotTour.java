package dev.zhiku.app.bench;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.ui.AppServices;
import dev.zhiku.app.ui.AppShell;
import dev.zhiku.app.ui.FxUiExecutor;
import dev.zhiku.app.ui.I18n;
import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Screen;
import dev.zhiku.app.ui.Theme;
import dev.zhiku.app.ui.chat.ChatView;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.app.ui.source.ViewerSamples;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the source viewer's screenshots (docs/screenshots/take-viewer.sh runs it under Xvfb): the chat at 1280 and
 * 1920 px with and without the source panel, the PDF and the text viewer, in English and Chinese.
 * Usage: {@code ViewerScreenshotTour OUT_DIR WORK_DIR}.
 */
public final class ViewerScreenshotTour {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private ViewerScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Path work = Files.createDirectories(Path.of(args[1]));
        Path docs = ViewerSamples.write(Files.createDirectories(work.resolve("docs")));
        Path home = work.resolve("home");
        try (Wiring wiring = new Wiring(new ZhikuHome(home), IndexerSettings.defaults());
             Indexer indexer = wiring.indexer(false, new IndexControl(), p -> { })) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
        }
        FxCalls.startHeadless();
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            String lang = language == Language.ENGLISH ? "en" : "zh";
            for (int width : List.of(1280, 1920)) {
                tour(home, language, width, lang, out);
            }
        }
        System.exit(0);
    }

    private static void tour(Path home, Language language, int width, String lang, Path out) throws Exception {
        AppServices services = new AppServices(new ZhikuHome(home), UiSettings.load(home), false);
        Stage[] stage = new Stage[1];
        AppShell shell = FxCalls.call(() -> {
            AppShell s = new AppShell(services, new I18n(language), new SimpleObjectProperty<>(Theme.LIGHT),
                    new FxUiExecutor());
            stage[0] = new Stage();
            stage[0].setScene(s.scene());
            stage[0].setWidth(width);
            stage[0].setHeight(width > 1500 ? 1000 : 800);
            stage[0].show();
            s.start();
            return s;
        });
        FxCalls.await("the window", WAIT, () -> shell.viewModel().screenProperty().get() != null);
        ChatView chat = FxCalls.call(() -> {
            shell.viewModel().show(Screen.CHAT);
            return (ChatView) shell.window().current();
        });
        boolean zh = language == Language.CHINESE;
        ask(chat, zh ? ViewerSamples.QUESTION_ZH : ViewerSamples.QUESTION_EN);
        shoot(stage[0].getScene(), out.resolve("chat-" + width + "-" + lang + ".png"));
        open(chat, zh ? "差旅制度.md" : "halcyon-valve.docx");
        shoot(stage[0].getScene(), out.resolve("chat-" + width + "-panel-" + lang + ".png"));
        if (width == 1280) {
            shoot(stage[0].getScene(), out.resolve("source-viewer-text-" + lang + ".png"));
            ask(chat, zh ? ViewerSamples.PDF_QUESTION_ZH : ViewerSamples.PDF_QUESTION_EN);
            FxCalls.call(() -> {
                // The panel is resizable: give the page more room, as a reader would.
                ((javafx.scene.control.SplitPane) chat.lookup(".source-dock")).setDividerPositions(0.4);
                return null;
            });
            open(chat, "zephyr-manual.pdf");
            FxCalls.await("the page", WAIT, () -> chat.lookup(".pdf-highlight") != null);
            shoot(stage[0].getScene(), out.resolve("source-viewer-pdf-" + lang + ".png"));
        }
        FxCalls.call(() -> {
            stage[0].close();
            return null;
        });
        services.close();
    }

    private static void ask(ChatView chat, String question) throws Exception {
        int before = FxCalls.call(() -> {
            int cards = chat.lookupAll(".answer-card").size();
            chat.input().setText(question);
            ((Button) chat.lookup(".send-button")).fire();
            return cards;
        });
        FxCalls.await("an answer", WAIT, () -> chat.lookupAll(".answer-card").size() > before
                && !chat.lookup(".send-button").isDisabled());
    }

    /** Clicks the first chip of the last answer naming {@code file} and waits until the viewer shows it. */
    private static void open(ChatView chat, String file) throws Exception {
        FxCalls.call(() -> {
            Node last = chat.lookupAll(".answer-card").stream().reduce((a, b) -> b).orElseThrow();
            List<Node> chips = last.lookupAll(".citation-chip").stream()
                    .filter(n -> ((Button) n).getText().contains(file)).toList();
            if (chips.isEmpty()) {
                throw new IllegalStateException("no chip for " + file);
            }
            ((Button) chips.getFirst()).fire();
            return null;
        });
        FxCalls.await("the viewer", WAIT, () -> chat.lookup(".source-viewer") != null
                && chat.lookup(".source-busy") != null && !chat.lookup(".source-busy").isVisible());
        Thread.sleep(500);
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        WritableImage image = FxCalls.call(() -> scene.snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
        System.out.println(file);
    }
}
