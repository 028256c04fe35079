package dev.zhiku.app.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.ui.AppServices;
import dev.zhiku.app.ui.AppShell;
import dev.zhiku.app.ui.FxUiExecutor;
import dev.zhiku.app.ui.I18n;
import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Theme;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.Citation;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ask → click the citation chip → the viewer shows the cited place, with real parts: a PDF made with PDFBox, a DOCX
 * made with POI and an HTML page, indexed by the real indexer (keyword-only), answered extractively.
 */
@ExtendWith(ApplicationExtension.class)
class SourceViewerFlowTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    static Path temp;
    private static Path home;
    private AppServices services;

    @BeforeAll
    static void indexDocuments() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        ViewerDocuments.pdf(docs, "zephyr-manual.pdf", ViewerDocuments.pdfPages());
        ViewerDocuments.docx(docs);
        ViewerDocuments.html(docs);
        home = temp.resolve("home");
        try (Wiring wiring = new Wiring(new ZhikuHome(home), IndexerSettings.defaults());
             Indexer indexer = wiring.indexer(false, new IndexControl(), p -> { })) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
        }
    }

    @Start
    void start(Stage stage) {
        services = new AppServices(new ZhikuHome(home), UiSettings.load(home), false);
        AppShell shell = new AppShell(services, new I18n(Language.ENGLISH), new SimpleObjectProperty<>(Theme.LIGHT),
                new FxUiExecutor());
        stage.setScene(shell.scene());
        stage.setWidth(1280);
        stage.setHeight(860);
        stage.show();
        shell.start();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aPdfCitationOpensItsPageWithThePassageBoxed(FxRobot robot) throws Exception {
        Button chip = ask(robot, "How often must the Zephyr pump be serviced?", "zephyr-manual.pdf · p. 2");
        robot.clickOn(chip);
        waitUntil(() -> robot.lookup(".pdf-highlight").tryQuery().isPresent());
        assertEquals("Page 2 of 3", label(robot, ".source-where"));

        List<HighlightBox> boxes = robot.lookup(".pdf-highlight").queryAllAs(Rectangle.class).stream()
                .map(r -> (HighlightBox) r.getUserData()).toList();
        Citation cited = (Citation) chip.getUserData();
        assertTrue(cited.snippet().contains(ViewerDocuments.PDF_FACT), cited::toString);
        HighlightBox fact = ViewerDocuments.lineBox(1, ViewerDocuments.PDF_FACT);
        assertTrue(boxes.stream().anyMatch(b -> b.covers(fact, 1.5)), () -> boxes + " should cover " + fact);
        List<String> page = ViewerDocuments.pdfPages().get(1);
        for (int line = 0; line < page.size(); line++) {
            HighlightBox glyphs = ViewerDocuments.lineBox(line, page.get(line));
            boolean citedLine = cited.snippet().contains(page.get(line));
            assertEquals(citedLine, boxes.stream().anyMatch(b -> b.covers(glyphs, 1.5)), "line " + line);
        }
        HighlightBox all = boxes.stream().reduce(HighlightBox::union).orElseThrow();
        HighlightBox lastLine = ViewerDocuments.lineBox(page.size() - 1, page.getLast());
        assertTrue(all.y() + all.height() < lastLine.y() + lastLine.height() + ViewerDocuments.FONT_SIZE / 2,
                () -> "nothing below the cited lines is boxed: " + all);
        assertTrue(darkPixelsUnder(robot, robot.lookup(".pdf-highlight").queryAs(Rectangle.class)) > 50,
                "the rendered page has the text where the box is");

        robot.clickOn(".source-next");
        waitUntil(() -> label(robot, ".source-where").equals("Page 3 of 3"));
        waitUntil(() -> robot.lookup(".pdf-highlight").tryQuery().isEmpty());
        robot.clickOn(".source-previous");
        waitUntil(() -> label(robot, ".source-where").equals("Page 2 of 3")
                && robot.lookup(".pdf-highlight").tryQuery().isPresent());
        double fitted = imageWidth(robot);
        assertTrue(fitted <= robot.lookup(".source-pdf").queryAs(javafx.scene.control.ScrollPane.class)
                .getViewportBounds().getWidth() + 1, "a new page is fitted to the panel's width");
        String zoomBefore = label(robot, ".source-zoom");
        robot.clickOn(".source-zoom-in");
        waitUntil(() -> imageWidth(robot) > fitted * 1.05);
        assertFalse(label(robot, ".source-zoom").equals(zoomBefore));
    }

    @Test
    void aDocxCitationShowsTheTextWithHeadingsAndThePassageHighlighted(FxRobot robot) throws Exception {
        Button chip = ask(robot, "How long is the warranty of the Halcyon valve?", "halcyon-valve.docx");
        robot.clickOn(chip);
        waitUntil(() -> robot.lookup(".source-paragraph-cited .source-highlight").tryQuery().isPresent());
        assertTrue(marked(robot).contains(ViewerDocuments.DOCX_FACT), marked(robot));
        assertEquals("Halcyon valve", label(robot, ".source-heading"), "the headings above the cited passage");
        Set<Node> headings = robot.lookup(".source-paragraph-heading").queryAll();
        assertTrue(headings.stream().map(SourceViewerFlowTest::words).toList()
                .containsAll(List.of("Warranty", "Installation")), "the headings of the document are kept");
    }

    @Test
    void anHtmlCitationShowsThePageTextScrolledToThePassage(FxRobot robot) throws Exception {
        Button chip = ask(robot, "How much are hotel rooms in Shenzhen reimbursed per night?",
                "travel-policy.html");
        robot.clickOn(chip);
        waitUntil(() -> robot.lookup(".source-paragraph-cited .source-highlight").tryQuery().isPresent());
        assertTrue(marked(robot).contains(ViewerDocuments.HTML_FACT), marked(robot));
        assertTrue(label(robot, ".source-heading").startsWith("Travel policy"), label(robot, ".source-heading"));
        assertEquals("travel-policy.html", label(robot, ".source-file"));

        SourceDock dock = robot.lookup(".source-dock").queryAs(SourceDock.class);
        assertEquals(2, dock.getItems().size(), "the viewer sits beside the conversation");
        robot.clickOn(".source-detach");
        waitUntil(() -> dock.window() != null && dock.window().isShowing());
        assertEquals(1, dock.getItems().size(), "detached: the conversation has the whole width");
        assertTrue(dock.window().getScene().getRoot().lookup(".source-viewer") != null);
        robot.interact(() -> dock.window().close());
        waitUntil(() -> dock.getItems().size() == 2);
        robot.clickOn(".source-close");
        waitUntil(() -> dock.getItems().size() == 1);
    }

    private Button ask(FxRobot robot, String question, String chipText) throws Exception {
        waitUntil(() -> robot.lookup("#nav-chat").tryQuery().isPresent());
        robot.clickOn("#nav-chat");
        TextArea input = robot.lookup(".chat-input").queryAs(TextArea.class);
        robot.interact(() -> input.setText(question));
        robot.clickOn(input);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".citation-chip").tryQuery().isPresent());
        List<Button> chips = robot.lookup(".citation-chip").queryAllAs(Button.class).stream().toList();
        return chips.stream().filter(b -> b.getText().contains(chipText)).findFirst().orElseThrow(
                () -> new AssertionError("no chip '" + chipText + "' among " + chips.stream().map(Button::getText)
                        .toList() + " / " + chips.stream().map(b -> ((Citation) b.getUserData()).displayPath())
                        .toList()));
    }

    private static String words(Node cell) {
        return cell.lookupAll(".source-words").stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
    }

    /** The highlighted words of every cited paragraph on screen. */
    private static String marked(FxRobot robot) {
        return robot.lookup(".source-paragraph-cited .source-highlight").queryAllAs(Text.class).stream()
                .map(Text::getText).reduce("", (a, b) -> a + " " + b);
    }

    private static long darkPixelsUnder(FxRobot robot, Rectangle box) {
        Image image = robot.lookup(".source-pdf").queryAs(javafx.scene.control.ScrollPane.class).getContent()
                .lookup(".image-view") instanceof ImageView view ? view.getImage() : null;
        if (image == null) {
            return 0;
        }
        long dark = 0;
        for (int x = (int) box.getX(); x < box.getX() + box.getWidth() && x < image.getWidth(); x++) {
            for (int y = (int) box.getY(); y < box.getY() + box.getHeight() && y < image.getHeight(); y++) {
                int argb = image.getPixelReader().getArgb(x, y);
                int luminance = ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
                dark += luminance < 128 ? 1 : 0;
            }
        }
        return dark;
    }

    private static double imageWidth(FxRobot robot) {
        Node view = robot.lookup(".source-pdf").queryAs(javafx.scene.control.ScrollPane.class).getContent()
                .lookup(".image-view");
        return view instanceof ImageView v && v.getImage() != null ? v.getImage().getWidth() : 0;
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
