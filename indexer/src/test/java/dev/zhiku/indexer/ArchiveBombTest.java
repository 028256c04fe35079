package dev.zhiku.indexer;

import static dev.zhiku.indexer.TestIndexers.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.catalog.SourceRow;
import dev.zhiku.indexer.extract.DocumentExtractor;
import dev.zhiku.indexer.extract.Extraction;
import dev.zhiku.indexer.extract.ExtractionFailure;
import dev.zhiku.indexer.extract.ExtractionSettings;
import dev.zhiku.indexer.testdocs.ArchiveBombs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives that expand far beyond their size (zip, gzip, tar.gz, 7z, zips in zips) are refused with a reason,
 * before or while their entries are read, and reading stops early; ordinary and small archives are still read.
 * Every bomb here is generated on the fly at 64 MiB or more of expansion from well under 1 MiB on disk.
 */
class ArchiveBombTest {

    private static final long BOMB_BYTES = 64L << 20;

    @TempDir
    Path tmp;

    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionSettings.defaults());

    @Test
    void aZipEntryDeclaringAHugeExpansionIsRefusedBeforeItIsRead() throws Exception {
        Path bomb = ArchiveBombs.repetitiveZip(tmp, "filler.txt", BOMB_BYTES);
        String reason = refusal(bomb);
        assertTrue(reason.contains("more than 100× its size") && reason.contains("declare"), reason);
        assertTrue(reason.contains("memory and disk"), reason);
    }

    @Test
    void aGzipIsRefusedWhileStreamingAndReadingStopsAtTheAllowance() throws Exception {
        Path bomb = ArchiveBombs.gzip(tmp, BOMB_BYTES);
        String reason = refusal(bomb);
        // the guard stops within one buffer of the allowance: 64 MiB are never inflated
        assertTrue(inflatedMiB(reason) <= allowanceMiB(bomb) + 1, reason);
    }

    @Test
    void aTarGzIsRefused() throws Exception {
        refusal(ArchiveBombs.tarGz(tmp, BOMB_BYTES));
    }

    @Test
    void aSevenZipIsRefused() throws Exception {
        refusal(ArchiveBombs.sevenZ(tmp, BOMB_BYTES));
    }

    @Test
    void zipsInZipsAreRefusedWithoutInflatingTheWhole() throws Exception {
        Path bomb = ArchiveBombs.nestedZips(tmp, 8, 3, 1 << 20);
        String reason = refusal(bomb);
        assertTrue(inflatedMiB(reason) <= allowanceMiB(bomb) + 2, reason + " (512 MiB in all, allowance "
                + allowanceMiB(bomb) + " MiB)");
    }

    @Test
    void smallArchivesOfRepetitiveTextAndOrdinaryGzipsAreStillRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("small"));
        for (Path small : List.of(ArchiveBombs.repetitiveZip(dir, "log.txt", 2L << 20),
                ArchiveBombs.gzip(dir, 1L << 20))) {
            Extraction extraction = extractor.extract(small, false);
            assertTrue(extraction.textLength() > 500_000, () -> small + ": " + extraction.textLength());
        }
    }

    @Test
    void theBatchCarriesOnAndTheBombIsListedWithItsReason() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Path healthy = Files.writeString(folder.resolve("notes.txt"),
                "The lighthouse keeper logs every passing ship in the harbour book.");
        Path zip = ArchiveBombs.repetitiveZip(folder, "filler.txt", BOMB_BYTES);
        Path gz = ArchiveBombs.gzip(folder, BOMB_BYTES);
        try (Indexer indexer = TestIndexers.keywordOnly(tmp.resolve("home"))) {
            indexer.addRoots(List.of(folder), false);
            indexer.run();
            assertEquals(SourceStatus.INDEXED, indexer.catalog().find(key(healthy)).orElseThrow().status());
            for (Path bomb : List.of(zip, gz)) {
                SourceRow row = indexer.catalog().find(key(bomb)).orElseThrow();
                assertEquals(SourceStatus.SKIPPED, row.status(), row::toString);
                assertTrue(row.reason().startsWith("archive bomb"), row::toString);
                assertEquals(0, indexer.index().passagesOf(row.path()).size());
            }
            assertTrue(indexer.catalog().problems().stream().anyMatch(p -> p.path().equals(key(zip))
                    && p.reason().contains("Zhiku skips it")), indexer.catalog().problems()::toString);
        }
    }

    private String refusal(Path bomb) {
        ExtractionFailure failure = assertThrows(ExtractionFailure.class, () -> extractor.extract(bomb, false),
                bomb + " was read");
        assertEquals(SourceStatus.SKIPPED, failure.status(), failure.getMessage());
        assertTrue(failure.getMessage().startsWith("archive bomb: this archive expands to more than"),
                failure.getMessage());
        return failure.getMessage();
    }

    /** The default allowance: 100× the file's size, at least 16 MiB. */
    private static double allowanceMiB(Path file) throws java.io.IOException {
        return Math.max(16, 100.0 * Files.size(file) / (1 << 20));
    }

    private static double inflatedMiB(String reason) {
        Matcher m = Pattern.compile("at least ([0-9.]+) MiB").matcher(reason);
        assertTrue(m.find(), reason);
        return Double.parseDouble(m.group(1));
    }
}
