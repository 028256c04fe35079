package dev.zhiku.rag.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Passage;
import dev.zhiku.rag.TestPassages;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileFocusTest {

    private static Passage passage(int start, String text) {
        return TestPassages.hit("/docs/tar.1.html", 0, text, 1.0, start).passage();
    }

    private static final List<Passage> MANUAL = List.of(
            passage(0, "tar - an archiving utility. tar saves many files together into a single tape or disk "
                    + "archive, and can restore individual files from the archive."),
            passage(200, "--exclude-backups\nExclude backup and lock files.\n\n--exclude-caches\nExclude contents "
                    + "of directories containing CACHEDIR.TAG, except for the tag file itself."),
            passage(400, "--exclude-vcs\nExclude version control system directories."),
            passage(600, "-z, --gzip\nFilter the archive through gzip. -j, --bzip2 Filter the archive through "
                    + "bzip2."));

    /**
     * A Chinese question shares only the tool's name with its English manual; the passage that answers is the one
     * holding the English words of the question's Chinese words.
     */
    @Test
    void aChineseQuestionFindsThePassageOfAnEnglishManualByTheTranslationsOfItsWords() {
        List<Passage> best = FileFocus.best("tar 的哪个选项会排除版本控制系统的目录？", MANUAL, 1);
        assertEquals(1, best.size(), best.toString());
        assertTrue(best.getFirst().text().startsWith("--exclude-vcs"), best.getFirst().text());
    }

    @Test
    void anEnglishQuestionWeighsTheWordsThatAreRareInTheFile() {
        List<Passage> best = FileFocus.best("Which tar option filters the archive through bzip2?", MANUAL, 2);
        assertTrue(best.getFirst().text().contains("--bzip2"), best.toString());
    }

    @Test
    void passagesThatShareTooLittleOfTheQuestionAreLeftOut() {
        assertEquals(List.of(), FileFocus.best("tar 的作者是谁？", MANUAL, 2),
                "only the tool's name is shared, which every passage has");
        assertEquals(List.of(), FileFocus.best("anything", List.of(), 2));
    }
}
