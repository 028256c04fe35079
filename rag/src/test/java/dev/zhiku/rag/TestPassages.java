package dev.zhiku.rag;

import dev.zhiku.core.Hit;
import dev.zhiku.core.Passage;
import java.time.Instant;

/** Passages and hits written by hand for tests that need exact texts. */
public final class TestPassages {

    private TestPassages() {
    }

    public static Hit hit(String path, int page, String text, double score) {
        return hit(path, page, text, score, 0);
    }

    public static Hit hit(String path, int page, String text, double score, int start) {
        Passage p = new Passage(path + "#" + start, path, "", "", "", "txt",
                dev.zhiku.core.text.LanguageGuesser.guess(text), page, "", "", text, start, start + text.length(),
                Instant.EPOCH);
        return new Hit(p, score, score, 0);
    }
}
