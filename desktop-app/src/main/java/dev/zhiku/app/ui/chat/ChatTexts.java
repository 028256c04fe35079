package dev.zhiku.app.ui.chat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The chat screen's words from its resource bundle; a missing key shows as the key, never as an exception. */
public final class ChatTexts {

    /** Base name of {@code messages_en.properties} and {@code messages_zh.properties}. */
    public static final String BUNDLE = "dev.zhiku.app.ui.chat.messages";

    private final ResourceBundle bundle;

    public ChatTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The chat bundle for a locale: Chinese for {@code zh}, English otherwise. */
    public static ResourceBundle bundle(Locale locale) {
        Locale wanted = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        Locale locale = bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale();
        return new MessageFormat(get(key), locale).format(args);
    }
}
