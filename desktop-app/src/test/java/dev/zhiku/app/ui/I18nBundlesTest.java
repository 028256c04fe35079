package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI package speaks both languages: the English and Chinese bundles have the same keys, none empty. */
class I18nBundlesTest {

    @Test
    void everyUiPackageHasTheSameKeysInBothLanguages() throws IOException, URISyntaxException {
        List<String> baseNames = uiBundles();
        assertTrue(baseNames.contains("dev.zhiku.app.ui.messages"), baseNames.toString());
        assertTrue(baseNames.contains("dev.zhiku.app.ui.settings.messages"), baseNames.toString());
        for (String base : baseNames) {
            ResourceBundle en = Messages.bundle(base, Language.ENGLISH);
            ResourceBundle zh = Messages.bundle(base, Language.CHINESE);
            assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(zh.keySet()), "keys of " + base);
            for (String key : en.keySet()) {
                assertFalse(en.getString(key).isBlank(), base + " en " + key);
                assertFalse(zh.getString(key).isBlank(), base + " zh " + key);
            }
        }
    }

    @Test
    void everyReasonAServerCanBeUnavailableForIsSaidInBothLanguages() {
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            ResourceBundle models = Messages.bundle("dev.zhiku.app.ui.models.messages", language);
            for (var kind : dev.zhiku.rag.engine.EngineStatus.Problem.Kind.values()) {
                if (kind != dev.zhiku.rag.engine.EngineStatus.Problem.Kind.NONE) {
                    String said = java.text.MessageFormat.format(models.getString("servers.problem." + kind),
                            "HTTP 500", "/v1/models");
                    assertFalse(said.contains("{"), language + " " + kind + ": " + said);
                }
            }
        }
    }

    @Test
    void chineseBundlesAreReadAsUtf8() {
        assertEquals("设置", Messages.bundle("dev.zhiku.app.ui.messages", Language.CHINESE).getString("nav.settings"));
    }

    @Test
    void bindingsFollowTheLanguage() {
        I18n i18n = new I18n(Language.ENGLISH);
        var title = i18n.shell().binding("nav.settings");
        assertEquals("Settings", title.get());
        i18n.setLanguage(Language.CHINESE);
        assertEquals("设置", title.get());
    }

    /** The base names of all messages_en.properties below dev/zhiku/app/ui on the class path (main classes). */
    private static List<String> uiBundles() throws IOException, URISyntaxException {
        Path root = Path.of(I18n.class.getResource("messages_en.properties").toURI()).getParent();
        Path classes = root.getParent().getParent().getParent().getParent();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals("messages_en.properties"))
                    .map(p -> classes.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.')
                            + ".messages")
                    .sorted().toList();
        }
    }
}
