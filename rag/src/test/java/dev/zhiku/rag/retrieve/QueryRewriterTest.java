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

    /** Short, but about something of its own: not searched with the question before. */
    @Test
    void aShortQuestionWithASubjectOfItsOwnStandsAlone() {
        assertEquals("Samba 的配置文件是哪个？", QueryRewriter.searchText("Samba 的配置文件是哪个？", history));
        assertEquals("Which file configures Samba?", QueryRewriter.searchText("Which file configures Samba?", history));
        assertEquals("Where is smb.conf?", QueryRewriter.searchText("Where is smb.conf?", history));
        assertEquals("What is the default of work_mem? And work_mem in version 13?",
                QueryRewriter.searchText("And work_mem in version 13?", history), "the same subject as before");
        assertEquals("What is the default of work_mem? 那 Windows 上呢？",
                QueryRewriter.searchText("那 Windows 上呢？", history), "points back");
    }

    @Test
    void withoutHistoryNothingChanges() {
        assertEquals("it?", QueryRewriter.searchText("it?", List.of()));
    }
}
