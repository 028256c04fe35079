package dev.zhiku.indexer.extract;

import java.util.Locale;
import org.xml.sax.Attributes;

/**
 * Whether an element's own attributes hide it from a reader: an inline style with {@code display:none} or
 * {@code visibility:hidden}/{@code collapse} (any spacing, case or {@code !important}), the {@code hidden}
 * attribute, or {@code aria-hidden="true"}. Style sheets and scripts are not evaluated.
 */
final class HiddenMarkup {

    private HiddenMarkup() {
    }

    static boolean hides(Attributes atts) {
        if (atts == null || atts.getLength() == 0) {
            return false;
        }
        for (int i = 0; i < atts.getLength(); i++) {
            String name = attributeName(atts, i);
            String value = atts.getValue(i);
            switch (name) {
                case "hidden" -> {
                    return true;
                }
                case "aria-hidden" -> {
                    if (value != null && value.strip().equalsIgnoreCase("true")) {
                        return true;
                    }
                }
                case "style" -> {
                    if (value != null && styleHides(value)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    static boolean styleHides(String style) {
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).toLowerCase(Locale.ROOT)
                    .replace("!important", "").strip();
            if (property.equals("display") && value.equals("none")) {
                return true;
            }
            if (property.equals("visibility") && (value.equals("hidden") || value.equals("collapse"))) {
                return true;
            }
        }
        return false;
    }

    private static String attributeName(Attributes atts, int i) {
        String name = atts.getLocalName(i);
        if (name == null || name.isEmpty()) {
            name = atts.getQName(i);
        }
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
