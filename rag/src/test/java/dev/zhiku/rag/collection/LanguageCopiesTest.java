package dev.zhiku.rag.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Which files are one document in two languages. */
class LanguageCopiesTest {

    @Test
    void aLanguageTagInTheNameOrTheFolderMakesCopies() {
        assertEquals(LanguageCopies.documentKey("/d/ref-en/ch07.en.html"),
                LanguageCopies.documentKey("/d/ref-zh-cn/ch07.zh-cn.html"));
        assertEquals(LanguageCopies.documentKey("/d/manpages-en/df.1.html"),
                LanguageCopies.documentKey("/d/manpages-zh/df.1.txt"));
        assertEquals(LanguageCopies.documentKey("/d/报告_中文版.pdf"), LanguageCopies.documentKey("/d/报告_英文版.pdf"));
    }

    @Test
    void untaggedFilesAndWordsEndingLikeATagAreTheirOwn() {
        assertEquals("/d/report.pdf", LanguageCopies.documentKey("/d/report.pdf"));
        assertNotEquals(LanguageCopies.documentKey("/d/open.txt"), LanguageCopies.documentKey("/d/op.txt"));
        assertNotEquals(LanguageCopies.documentKey("/a-en/x.html"), LanguageCopies.documentKey("/b-zh/x.html"));
    }
}
