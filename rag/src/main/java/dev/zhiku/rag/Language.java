package dev.zhiku.rag;

import dev.zhiku.core.text.LanguageGuesser;

/** The language an answer is written in: the question's (Chinese or English). */
public enum Language {
    ZH, EN;

    public static Language of(String question) {
        return "zh".equals(LanguageGuesser.guess(question)) ? ZH : EN;
    }
}
