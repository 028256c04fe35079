package dev.zhiku.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real entity-expansion XML file read by Tika: the reason says what the file does, not a parser code. */
class XmlReasonTest {

    @TempDir
    Path tmp;

    @Test
    void entityExpansionIsExplainedInWordsAPersonCanActOn() throws Exception {
        Path bomb = Files.writeString(tmp.resolve("laughs.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>
                <lolz>&lol3;</lolz>
                """);
        ExtractionFailure failure = assertThrows(ExtractionFailure.class,
                () -> new DocumentExtractor(ExtractionSettings.defaults()).extract(bomb, false));
        String reason = failure.getMessage();
        assertAll(() -> assertTrue(reason.startsWith("this file uses XML entity expansion"), reason),
                () -> assertFalse(reason.contains("JAXP") || reason.contains("http://apache.org"), reason));
    }
}
