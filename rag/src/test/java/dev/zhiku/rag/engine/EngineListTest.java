package dev.zhiku.rag.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servers of a home and the chosen server model, kept in engines.json (a real file). */
class EngineListTest {

    @TempDir
    Path home;

    @Test
    void theFourWellKnownServersAreAlwaysListedOnLoopback() {
        EngineList list = new EngineList(home);
        assertEquals(4, list.all().size());
        assertTrue(list.all().stream().allMatch(e -> e.builtIn() && e.reach() == EngineReach.LOCAL));
        assertEquals("Ollama", list.find("ollama").orElseThrow().label());
        assertEquals(URI.create("http://127.0.0.1:1337"), list.find("jan").orElseThrow().address());
        assertFalse(Files.exists(home.resolve(EngineList.FILE_NAME)), "nothing is written by reading");
    }

    @Test
    void addedServersKeepTheirTrustWithItsTimeAndAreFoundByNameOrAddress() {
        EngineList list = new EngineList(home);
        Engine added = list.add("office", EngineKind.OLLAMA, URI.create("http://192.168.1.20:11434"), true, 0);
        Engine again = new EngineList(home).find("OFFICE").orElseThrow();
        assertAll(() -> assertTrue(again.trusted()),
                () -> assertFalse(again.trustedAt().isEmpty()),
                () -> assertEquals(added.trustedAt(), again.trustedAt()),
                () -> assertEquals(EngineReach.TRUSTED_NETWORK, again.reach()),
                () -> assertEquals(Optional.of(again), list.find("http://192.168.1.20:11434/v1")),
                () -> assertThrows(IllegalArgumentException.class, () -> list.add("office", EngineKind.OLLAMA,
                        URI.create("http://192.168.1.21:11434"), false, 0)),
                () -> assertThrows(IllegalArgumentException.class, () -> list.add("bad name", EngineKind.OLLAMA,
                        URI.create("http://192.168.1.21:11434"), false, 0)));
    }

    @Test
    void removingAServerForgetsTheChoiceOfItsModel() {
        EngineList list = new EngineList(home);
        list.add("second", EngineKind.OPENAI_COMPATIBLE, URI.create("http://127.0.0.1:8765"), false, 2048);
        list.setActive(new EngineChoice("second", "zhiku-extractive"));
        assertEquals("zhiku-extractive", new EngineList(home).active().orElseThrow().model());
        assertTrue(list.remove("second"));
        assertTrue(list.active().isEmpty());
        assertFalse(list.remove("second"));
    }

    @Test
    void aDamagedFileIsNamedWithWhatToDo() throws Exception {
        Files.writeString(home.resolve(EngineList.FILE_NAME), "{ not json");
        var e = assertThrows(java.io.UncheckedIOException.class, () -> new EngineList(home).all());
        assertTrue(e.getMessage().contains("fix or delete it"), e.getMessage());
    }
}
