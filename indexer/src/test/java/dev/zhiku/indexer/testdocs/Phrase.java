package dev.zhiku.indexer.testdocs;

import java.util.List;

/**
 * A fact stated in English and in Chinese, distinctive enough that a search for it finds only the document that
 * carries it.
 */
public record Phrase(String english, String chinese) {

    List<String> both() {
        return List.of(english, chinese);
    }

    /** English and Chinese on one line, as most generators write them. */
    String line() {
        return english + ". " + chinese + "。";
    }
}
