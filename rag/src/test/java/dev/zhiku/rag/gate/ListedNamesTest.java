package dev.zhiku.rag.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.rag.Language;
import dev.zhiku.rag.TestPassages;
import dev.zhiku.rag.evidence.EnglishWords;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.SentenceSelector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListedNamesTest {

    private static final String VCS = "--exclude-vcs\nExclude version control system directories.\n\n"
            + "--exclude-vcs-ignores\nExclude files that match patterns read from VCS-specific ignore files. "
            + "Supported files are: .cvsignore, .gitignore, .bzrignore, and .hgignore.";

    private static Optional<String> unquoted(String question, String... passages) {
        List<dev.zhiku.core.Hit> hits = new java.util.ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            hits.add(TestPassages.hit("/docs/p" + i + ".txt", 0, passages[i], 1.0 - i * 0.1));
        }
        List<EvidenceSentence> ranked = SentenceSelector.rank(question, hits, 8);
        return ListedNames.unquoted(question, ranked, AskedFact.LOOKED_AT, Language.of(question));
    }

    @Test
    void namesListedInAQuestionAreFoundInBothLanguagesButEnglishWordsAreNot() {
        assertEquals(List.of("CVS", ".svn", ".hg"),
                ListedNames.in("tar 的 --exclude-vcs 会排除哪些目录？CVS、.svn、.hg 这些都算在内吗？"));
        assertEquals(List.of("ext4", "xfs", "btrfs"), ListedNames.in("Can I format it as ext4, xfs or btrfs?"));
        assertEquals(List.of(), ListedNames.in("Which two mount options turn on per-user and per-group limits?"),
                "English words joined by hyphens are not names");
        assertEquals(List.of(), ListedNames.in("Which settings change the size, colour and weight of the font?"));
        assertEquals(List.of(), ListedNames.in("How does pg_dump work?"), "one name is no list");
    }

    @Test
    void aNameIsHeldOnlyAsAWordOfItsOwn() {
        assertFalse(ListedNames.holds(VCS.toLowerCase(java.util.Locale.ROOT), ".hg"));
        assertFalse(ListedNames.holds(VCS.toLowerCase(java.util.Locale.ROOT), "cvs"));
        assertTrue(ListedNames.holds("directories named cvs, .svn and .hg are skipped", ".hg"));
        assertTrue(ListedNames.holds("directories named cvs, .svn and .hg are skipped", "cvs"));
    }

    @Test
    void listedNamesNoQuotedPassageHoldsAreRefusedByName() {
        Optional<String> refused = unquoted("tar 的 --exclude-vcs 会排除哪些目录？CVS、.svn、.hg 这些都算在内吗？", VCS);
        assertTrue(refused.isPresent(), "the option is there, what the question lists is not");
        assertTrue(refused.get().contains("CVS") && refused.get().contains(".svn"), refused.get());

        Optional<String> answered = unquoted("tar 的 --exclude-vcs 会排除哪些目录？CVS、.svn、.hg 这些都算在内吗？",
                VCS + "\nThe directories excluded are CVS, RCS, SCCS, .git, .svn, .hg and _darcs.");
        assertTrue(answered.isEmpty(), answered.toString());
        assertTrue(unquoted("Does tar skip .svn or .hg directories?", "tar skips .svn directories with --exclude-vcs.")
                .isEmpty(), "one of the listed names is enough");
    }
}
