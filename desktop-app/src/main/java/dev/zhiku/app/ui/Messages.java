package dev.zhiku.app.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The texts of one UI package in the current {@link Language}; obtained from {@link I18n#messages}. */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ObservableValue<Language> language;

    Messages(String baseName, ObservableValue<Language> language) {
        this.baseName = baseName;
        this.language = language;
    }

    /** The base name of the bundle beside {@code type}: its package + ".messages". */
    public static String baseNameOf(Class<?> type) {
        return type.getPackageName() + ".messages";
    }

    /** The bundle of {@code baseName} in {@code language} (UTF-8 properties; no fallback to another language). */
    public static ResourceBundle bundle(String baseName, Language language) {
        return ResourceBundle.getBundle(baseName, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    public ResourceBundle bundle() {
        return bundle(baseName, language.getValue());
    }

    /** The text for {@code key} now; the key itself (and a log line) when it is missing. */
    public String text(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("no text '{}' in {} ({})", key, baseName, language.getValue());
            return key;
        }
    }

    /** The text for {@code key} with {@link MessageFormat} arguments ({0}, {1} …). */
    public String format(String key, Object... args) {
        return new MessageFormat(text(key), language.getValue().locale()).format(args);
    }

    /** A text that follows language switches: bind a control's text property to it. */
    public StringBinding binding(String key) {
        return Bindings.createStringBinding(() -> text(key), language);
    }

    /** A formatted text that follows language switches and changes of its arguments. */
    public StringBinding binding(String key, ObservableValue<?>... args) {
        ObservableValue<?>[] deps = new ObservableValue<?>[args.length + 1];
        deps[0] = language;
        System.arraycopy(args, 0, deps, 1, args.length);
        return Bindings.createStringBinding(() -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].getValue();
            }
            return format(key, values);
        }, deps);
    }

    /** The language these texts follow. */
    public ObservableValue<Language> language() {
        return language;
    }
}
