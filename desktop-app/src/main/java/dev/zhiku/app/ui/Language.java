package dev.zhiku.app.ui;

import java.util.Locale;

/** The interface languages; each names itself in its own language, as a language menu should. */
public enum Language {
    ENGLISH("en", "English"),
    CHINESE("zh", "简体中文");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public String nativeName() {
        return nativeName;
    }

    /** The language for a saved code ("en", "zh") or an OS locale; English when nothing matches. */
    public static Language of(String codeOrTag) {
        if (codeOrTag != null && codeOrTag.toLowerCase(Locale.ROOT).startsWith("zh")) {
            return CHINESE;
        }
        return ENGLISH;
    }

    public static Language of(Locale locale) {
        return of(locale == null ? null : locale.getLanguage());
    }

    @Override
    public String toString() {
        return nativeName;
    }
}
