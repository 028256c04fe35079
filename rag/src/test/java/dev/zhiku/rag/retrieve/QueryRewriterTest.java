package dev.zhiku.rag.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryRewriterTest {

    private final List<ChatMessage> history = List.of(ChatMessage.user("What is the default of work_mem?"),
            ChatMessage.assistant("4 MB [1]"));

    @Test
    void followUpsAreSearchedWithThePreviousQuestion() {
        assertEquals("What is the default of work_mem? And in version 13?",
                QueryRewriter.searchText("And in version 13?", history));
        assertEquals("What is the default of work_mem? 它的单位是什么？",
                QueryRewriter.searchText("它的单位是什么？", history));
    }

    @Test
    void aCompleteQuestionStandsAlone() {
        String q = "How do I restore a single table from a pg_dump archive into another database?";
        assertEquals(q, QueryRewriter.searchText(q, history));
        assertEquals("怎样把整个终端会话记录下来以便事后回看？", QueryRewriter.searchText("怎样把整个终端会话记录下来以便事后回看？", history));
    }

    @Test
    void withoutHistoryNothingChanges() {
        assertEquals("it?", QueryRewriter.searchText("it?", List.of()));
    }
}
