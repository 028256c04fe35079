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

    /**
     * A long passage of a manual gathers the question's common words from options that have nothing to do with each
     * other (a version, a system, a list of available options); the passage with the one line that says what is
     * asked holds fewer of them, but together (decision 0077).
     */
    @Test
    void thePassageWhoseOneSentenceSaysTheQuestionBeatsOneThatGathersItsCommonWords() {
        List<Passage> manual = List.of(
                passage(0, "tar - an archiving utility. tar saves many files into a single archive. The options "
                        + "are listed below; the system's own directory layout is kept."),
                passage(300, "--usage\nDisplay a list of available options and exit.\n\n--version\nPrint "
                        + "program version and copyright information and exit.\n\n--one-file-system\nStay in "
                        + "the local file system when creating an archive.\n\n--remove-files\nRemove files "
                        + "from disk after adding them to the archive.\n\n-C, --directory=DIR\nChange to DIR "
                        + "before performing any operations."),
                passage(900, "--exclude-tag=FILE\nExclude contents of directories containing FILE.\n\n"
                        + "--exclude-vcs\nExclude version control system directories."),
                passage(1200, "-f, --file=ARCHIVE\nUse archive file or device ARCHIVE. The directory of the "
                        + "archive is not changed; options that follow apply to it."),
                passage(1500, "-v, --verbose\nVerbosely list files processed. With the system's locale the "
                        + "directory names are shown as they are; see the options below."));
        List<Passage> best = FileFocus.best("打包源码的时候，tar 有现成的选项可以排除版本控制系统的目录吗？", manual, 1);
        assertEquals(1, best.size(), best.toString());
        assertTrue(best.getFirst().text().contains("--exclude-vcs"), best.getFirst().text());
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
