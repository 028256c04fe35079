package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules given to `zhiku index` stay in force for later re-scans without options. */
class SavedRulesCliTest {

    @TempDir
    Path dir;

    @Test
    void excludeGlobIsRememberedByTheNextRescan() throws Exception {
        Path docs = SampleFolder.write(dir.resolve("docs"));
        String home = dir.resolve("home").toString();
        CliRun first = CliRun.of("index", "--home", home, "--keyword-only", "--exclude", "*.md", docs.toString());
        assertEquals(0, first.exit(), first.err());
        Files.writeString(docs.resolve("notes.md"), "Chlorophyll notes, written later.");
        CliRun rescan = CliRun.of("index", "--home", home, "--keyword-only");
        assertEquals(0, rescan.exit(), rescan.err());
        CliRun status = CliRun.of("status", "--home", home, "--json");
        assertFalse(status.out().contains("notes.md"), status.out());
        assertFalse(status.out().contains(SampleFolder.ENGLISH), status.out());
        CliRun search = CliRun.of("search", "--home", home, "--keyword-only", "chlorophyll");
        assertTrue(search.out().contains("No passages found"), search.out());
        CliRun control = CliRun.of("search", "--home", home, "--keyword-only", "basalt lava");
        assertTrue(control.out().contains(SampleFolder.HTML), control.out());
    }
}
