package dev.zhiku.indexer.extract;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's default HTML mapping, changed so that {@link StructuredTextHandler} can leave out what a browser
 * would not show: every body element reaches the handler (the default drops {@code div}, {@code span} and
 * the like but keeps their text, so their attributes are lost), the attributes that hide an element
 * ({@code style}, {@code hidden}, {@code aria-hidden}) are kept on every element, and the contents of
 * {@code template} and {@code noscript} are discarded like those of {@code script} and {@code style}.
 */
final class HiddenMarkupHtmlMapper implements HtmlMapper {

    static final HiddenMarkupHtmlMapper INSTANCE = new HiddenMarkupHtmlMapper();

    private static final Set<String> DISCARDED = Set.of("SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT");
    /**
     * Left as Tika leaves them: elements the XHTML output already has (or must not have twice), and empty
     * elements, which hold no text to hide (Tika writes a line break for {@code br} either way).
     */
    private static final Set<String> NOT_MAPPED = Set.of("HTML", "HEAD", "BODY", "TITLE", "META", "LINK", "BASE",
            "BR", "HR", "WBR", "INPUT", "SOURCE", "TRACK", "COL", "EMBED");
    private static final Set<String> HIDING_ATTRIBUTES = Set.of("style", "hidden", "aria-hidden");

    private HiddenMarkupHtmlMapper() {
    }

    @Override
    public String mapSafeElement(String name) {
        String safe = DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
        if (safe != null || NOT_MAPPED.contains(name) || !isPlainName(name)) {
            return safe;
        }
        // Unknown to Tika's safe list (div, span, section, …): passed on under its own name so its
        // attributes reach the handler; the handler treats names it does not know as inline.
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean isDiscardElement(String name) {
        return DISCARDED.contains(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        if (HIDING_ATTRIBUTES.contains(attributeName)) {
            return attributeName;
        }
        return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && c == '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
