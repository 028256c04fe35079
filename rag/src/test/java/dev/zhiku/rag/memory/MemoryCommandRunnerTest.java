package dev.zhiku.rag.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryCommandRunnerTest {

    @TempDir
    Path dir;

    private static MemoryReply say(MemoryCommandRunner runner, String request) {
        return runner.run(MemoryCommands.parse(request).orElseThrow(), request);
    }

    @Test
    void remembersListsAndForgetsInTheLanguageOfTheRequest() {
        try (MemoryStore store = MemoryStore.open(dir.resolve("memory"))) {
            MemoryCommandRunner runner = new MemoryCommandRunner(store);

            assertEquals("好的，我记住了：我的车牌号是沪A12345", say(runner, "记住我的车牌号是沪A12345").message());
            assertEquals("OK, I will remember: my passport expires in May 2027.",
                    say(runner, "Remember that my passport expires in May 2027.").message());

            MemoryReply list = say(runner, "我的记忆");
            assertTrue(list.message().startsWith("我记得这些（共 2 条）"), list.message());
            assertEquals(2, list.memories().size());

            assertEquals("好的，我已忘记：我的车牌号是沪A12345", say(runner, "忘记我的车牌号").message());
            assertEquals("I found no memory about \"the dentist\".", say(runner, "forget the dentist").message());
            assertEquals(List.of("my passport expires in May 2027."),
                    store.list().stream().map(Memory::text).toList());
        }
    }
}
