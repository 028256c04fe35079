package dev.zhiku.app.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The interface language, switchable at run time. Each UI package keeps its texts in
 * {@code messages_en.properties} / {@code messages_zh.properties} (UTF-8) beside its classes and reads them through
 * {@link #messages(String)}; texts bound with {@link Messages#binding} follow a switch of {@link #languageProperty}.
 */
public final class I18n {

    private final ObjectProperty<Language> language;
    private final Map<String, Messages> packages = new ConcurrentHashMap<>();

    public I18n(Language initial) {
        language = new SimpleObjectProperty<>(this, "language", initial);
    }

    /** The language of the operating system's locale. */
    public static I18n fromSystemLocale() {
        return new I18n(Language.of(java.util.Locale.getDefault()));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public void setLanguage(Language l) {
        language.set(l);
    }

    /**
     * The texts of one package.
     *
     * @param baseName the bundle's base name, e.g. {@code dev.zhiku.app.ui.chat.messages}
     */
    public Messages messages(String baseName) {
        return packages.computeIfAbsent(baseName, b -> new Messages(b, language));
    }

    /** The texts of the shell itself ({@code dev.zhiku.app.ui.messages}). */
    public Messages shell() {
        return messages(Messages.baseNameOf(I18n.class));
    }
}
