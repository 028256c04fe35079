package dev.zhiku.rag.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTermsTest {

    @Test
    void latinWordsChineseBigramsAndThePartsOfCompoundNames() {
        Set<String> terms = QueryTerms.of("How do I sort by size? --human-numeric-sort 按大小排序");
        assertTrue(terms.contains("sort"), terms.toString());
        assertTrue(terms.contains("human-numeric-sort"), "the option as written: " + terms);
        assertTrue(terms.contains("human") && terms.contains("numeric"), "and its parts: " + terms);
        assertTrue(terms.contains("大小") && terms.contains("排序"), terms.toString());
        assertFalse(terms.contains("how") || terms.contains("by"), "function words are dropped: " + terms);
        assertTrue(QueryTerms.of("postgresql.conf").contains("conf"), "a file name's parts too");
        assertEquals(Set.of("pg_dumpall"), QueryTerms.of("pg_dumpall"), "an underscore name stays whole");
    }
}
