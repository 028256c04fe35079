package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manual kept in three folders is cited once, with "also in 2 other files", by {@code zhiku ask} on real files
 * (Tika, Lucene, H2), in the text output and in {@code --json}; {@code zhiku search} gives them as one hit.
 */
class CopiesCliTest {

    private static final String MANUAL = "To restore the backup, stop the server, copy the archive into the data "
            + "directory, set restore_command in postgresql.conf to the command that fetches each WAL segment, "
            + "create recovery.signal and start the server again.\n";

    @TempDir
    static Path temp;
    private static Path home;

    @BeforeAll
    static void index() throws Exception {
        for (String folder : new String[] {"work", "backup", "usb"}) {
            Path dir = Files.createDirectories(temp.resolve("docs").resolve(folder));
            Files.writeString(dir.resolve("restore.txt"), MANUAL);
        }
        Files.writeString(temp.resolve("docs").resolve("archive.txt"),
                "The archive command copies each finished WAL segment to the archive directory.\n");
        home = temp.resolve("home");
        CliRun run = CliRun.of("index", "--home", home.toString(), "--keyword-only", temp.resolve("docs").toString());
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void theCopiesAreOneCitationThatNamesTheOthers() throws Exception {
        CliRun json = CliRun.of("ask", "--home", home.toString(), "--json", "--no-llm",
                "How do I restore the backup with restore_command?");
        assertEquals(0, json.exit(), json.err());
        JsonNode answer = new ObjectMapper().readTree(json.out());
        List<String> restore = new ArrayList<>();
        JsonNode kept = null;
        for (JsonNode c : answer.path("citations")) {
            if (c.path("path").asText().endsWith("restore.txt")) {
                restore.add(c.path("path").asText());
                kept = c;
            }
        }
        assertEquals(1, restore.size(), answer.toString());
        assertEquals(2, kept.path("alsoIn").size(), kept.toString());
        kept.path("alsoIn").forEach(p -> assertTrue(p.asText().endsWith("restore.txt")
                && !p.asText().equals(restore.getFirst()), p.asText()));

        CliRun text = CliRun.of("ask", "--home", home.toString(), "--no-llm",
                "How do I restore the backup with restore_command?");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("restore.txt (also in 2 other files: "), text.out());
    }

    @Test
    void zhikuSearchGivesTheCopiesAsOneHitThatNamesTheOthers() throws Exception {
        CliRun json = CliRun.of("search", "--home", home.toString(), "--json", "--keyword-only",
                "restore the backup restore_command");
        assertEquals(0, json.exit(), json.err());
        JsonNode found = new ObjectMapper().readTree(json.out());
        List<JsonNode> restore = new ArrayList<>();
        found.path("hits").forEach(h -> {
            if (h.path("path").asText().endsWith("restore.txt")) {
                restore.add(h);
            }
        });
        assertEquals(1, restore.size(), found.toString());
        assertEquals(2, restore.getFirst().path("alsoIn").size(), restore.getFirst().toString());

        CliRun text = CliRun.of("search", "--home", home.toString(), "--keyword-only", "restore the backup");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("restore.txt (also in 2 other files: "), text.out());
    }
}
