package dev.zhiku.rag.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.rag.conversation.ConversationStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryStoreTest {

    @TempDir
    Path dir;

    private MemoryStore store;

    @BeforeEach
    void open() {
        store = MemoryStore.open(dir.resolve("memory"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> texts(List<Memory> memories) {
        return memories.stream().map(Memory::text).toList();
    }

    @Test
    void addsListsEditsAndDeletes() {
        Memory plate = store.add("  我的车牌号是沪A12345 ");
        Memory passport = store.add("My passport expires in May 2027.");
        assertEquals("我的车牌号是沪A12345", plate.text());
        assertEquals(List.of(passport, plate), store.list());

        assertTrue(store.edit(plate.id(), "我的车牌号是沪B67890"));
        assertEquals("我的车牌号是沪B67890", store.find(plate.id()).orElseThrow().text());
        assertEquals(plate.id(), store.list().getFirst().id(), "an edited memory is the most recent");
        assertFalse(store.edit(9999, "nothing"));

        assertTrue(store.delete(passport.id()));
        assertFalse(store.delete(passport.id()));
        assertEquals(List.of("我的车牌号是沪B67890"), texts(store.list()));
        assertThrows(IllegalArgumentException.class, () -> store.add("   "));
    }

    @Test
    void survivesCloseAndReopen() {
        Memory m = store.add("我对花生过敏");
        store.close();
        store = MemoryStore.open(dir.resolve("memory"));
        assertEquals(List.of(m), store.list());
    }

    @Test
    void relevantRanksTheRightMemoryFirst() {
        store.add("我的车牌号是沪A12345");
        store.add("我的护照在2027年5月过期");
        store.add("我对花生过敏");
        store.add("My passport expires in May 2027.");
        store.add("The wifi password at home is tea-for-two.");
        store.add("My daughter's school phone number is 021-5555-0101.");

        assertEquals("我的车牌号是沪A12345", store.relevant("我的车牌号是多少？", 3).getFirst().text());
        assertEquals("我的护照在2027年5月过期", store.relevant("护照什么时候过期", 3).getFirst().text());
        assertEquals("My passport expires in May 2027.",
                store.relevant("When does my passport expire?", 3).getFirst().text());
        assertEquals("The wifi password at home is tea-for-two.",
                store.relevant("what's the WiFi password", 3).getFirst().text());
        assertEquals(1, store.relevant("phone number of the school", 1).size());
        assertTrue(store.relevant("天气怎么样", 3).isEmpty(), "nothing shared, nothing relevant");
        assertTrue(store.relevant("我的车牌号", 0).isEmpty());
    }

    @Test
    void bestMatchFindsWhatToForget() {
        store.add("我的车牌号是沪A12345");
        store.add("My passport expires in May 2027.");
        store.add("我对花生过敏");
        assertEquals("我的车牌号是沪A12345", store.bestMatch("我的车牌号").orElseThrow().text());
        assertEquals("我对花生过敏", store.bestMatch("花生过敏的事").orElseThrow().text());
        assertEquals("My passport expires in May 2027.", store.bestMatch("my PASSPORT").orElseThrow().text());
        assertTrue(store.bestMatch("the dentist").isEmpty());
    }

    @Test
    void sharesAFileWithTheConversationStore() {
        store.add("我的工号是8086");
        try (ConversationStore conversations = ConversationStore.open(dir.resolve("memory"))) {
            conversations.create("同一个文件");
            assertEquals(1, conversations.list().size());
        }
        store.close();
        store = MemoryStore.open(dir.resolve("memory"));
        assertEquals(List.of("我的工号是8086"), texts(store.list()));
    }
}
