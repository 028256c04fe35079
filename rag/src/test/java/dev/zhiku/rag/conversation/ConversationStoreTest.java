package dev.zhiku.rag.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationStoreTest {

    @TempDir
    Path dir;

    private ConversationStore store;

    @BeforeEach
    void open() {
        store = ConversationStore.open(dir.resolve("conversations"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Answer answer(String text, Citation... citations) {
        return new Answer(text, false, Route.LOCAL, List.of(citations), new AnswerTimings(12, 340, 2100, 18.5),
                "qwen2.5-3b-instruct");
    }

    static Citation citation(int number, String path, int page) {
        return new Citation(number, path, "", page, 100, 180, "合同期限为三年", 0.82);
    }

    @Test
    void createsListsNewestFirstRenamesAndDeletes() {
        Conversation first = store.create("Tax 2024");
        Conversation second = store.create("旅行计划");
        assertEquals(List.of(second.id(), first.id()), store.list().stream().map(Conversation::id).toList());

        store.appendQuestion(first.id(), "When is the tax deadline?");
        assertEquals(first.id(), store.list().getFirst().id(), "a new message moves a conversation to the top");

        assertTrue(store.rename(second.id(), "日本旅行"));
        assertEquals("日本旅行", store.find(second.id()).orElseThrow().title());
        assertFalse(store.rename("no-such-id", "x"));

        assertTrue(store.delete(first.id()));
        assertFalse(store.delete(first.id()));
        assertEquals(List.of(second.id()), store.list().stream().map(Conversation::id).toList());
    }

    @Test
    void deleteRemovesMessagesAndCitations() throws Exception {
        Conversation c = store.create("");
        store.appendQuestion(c.id(), "合同期限是多久？");
        store.appendAnswer(c.id(), answer("合同期限为三年 [1]。", citation(1, "/docs/合同.pdf", 2)));
        assertTrue(store.delete(c.id()));
        assertTrue(store.messages(c.id()).isEmpty());
        store.close();
        try (Connection jdbc = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("conversations").toAbsolutePath() + ";AUTO_SERVER=TRUE", "zhiku", "");
             Statement s = jdbc.createStatement()) {
            assertEquals(0, count(s, "messages"));
            assertEquals(0, count(s, "citations"));
            try (ResultSet rs = s.executeQuery("SELECT v FROM meta WHERE k = 'conversation_schema_version'")) {
                assertTrue(rs.next());
                assertEquals(Integer.toString(ConversationSchema.VERSION), rs.getString(1));
            }
        }
        store = ConversationStore.open(dir.resolve("conversations"));
    }

    private static int count(Statement s, String table) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void answersKeepTheirCitationsAndTimings() {
        Conversation c = store.create("");
        store.appendQuestion(c.id(), "What does the lease say about pets?");
        Citation withMember = new Citation(2, "/mail/2024.mbox", "Re: lease/attachment.pdf", 0, 5, 90,
                "Pets are allowed with a deposit.", 0.5);
        ConversationMessage stored = store.appendAnswer(c.id(),
                answer("Pets need a deposit [1][2].", citation(1, "/docs/lease.pdf", 3), withMember));

        List<ConversationMessage> messages = store.messages(c.id());
        assertEquals(2, messages.size());
        ConversationMessage question = messages.getFirst();
        assertEquals(ChatMessage.Role.USER, question.role());
        assertEquals(1, question.seq());
        assertNull(question.route());
        assertTrue(question.citations().isEmpty());

        ConversationMessage answer = messages.get(1);
        assertEquals(stored, answer);
        assertEquals(2, answer.seq());
        assertEquals(Route.LOCAL, answer.route());
        assertEquals("qwen2.5-3b-instruct", answer.model());
        assertEquals(340, answer.firstTokenMillis());
        assertEquals(2100, answer.totalMillis());
        assertEquals(18.5, answer.tokensPerSecond());
        assertEquals(List.of(citation(1, "/docs/lease.pdf", 3), withMember), answer.citations());
    }

    @Test
    void firstQuestionNamesAnUntitledConversation() {
        Conversation c = store.create("");
        String question = "我们公司二零二四年的年假政策是怎样规定的，病假和事假又分别怎么计算工资呢？加班费的标准又是什么？";
        store.appendQuestion(c.id(), question);
        store.appendQuestion(c.id(), "另一个问题");
        String title = store.find(c.id()).orElseThrow().title();
        assertEquals(question.substring(0, 40), title);

        Conversation named = store.create("My title");
        store.appendQuestion(named.id(), "Short question?");
        assertEquals("My title", store.find(named.id()).orElseThrow().title());
    }

    @Test
    void appendingToAMissingConversationFailsAndStoresNothing() {
        assertThrows(IllegalArgumentException.class, () -> store.appendQuestion("missing", "hello"));
        assertTrue(store.messages("missing").isEmpty());
    }

    @Test
    void searchFindsChineseAndEnglishInTitlesAndMessages() {
        Conversation lease = store.create("");
        store.appendQuestion(lease.id(), "What does the LEASE say about pets?");
        store.appendAnswer(lease.id(), answer("Pets are allowed with a deposit of 500 euros [1]."));
        Conversation contract = store.create("劳动合同");
        store.appendQuestion(contract.id(), "试用期是多长时间？");
        store.appendAnswer(contract.id(), answer("根据合同第三条，试用期为六个月 [1]。"));

        List<ConversationMatch> deposit = store.search("DEPOSIT");
        assertEquals(1, deposit.size());
        assertEquals(lease.id(), deposit.getFirst().conversation().id());
        assertTrue(deposit.getFirst().snippet().contains("deposit of 500"), deposit.getFirst().snippet());

        List<ConversationMatch> probation = store.search("试用期为六个月");
        assertEquals(List.of(contract.id()), probation.stream().map(m -> m.conversation().id()).toList());
        assertTrue(probation.getFirst().snippet().contains("试用期为六个月"));

        assertEquals("劳动合同", store.search("合同").getFirst().snippet(), "a title match shows the title");
        assertEquals(2, store.search("?").size() + store.search("？").size());
        assertTrue(store.search("100%").isEmpty(), "LIKE wildcards are taken literally");
        assertTrue(store.search("  ").isEmpty());
    }

    @Test
    void historyGivesTheLastTurnsOldestFirst() {
        Conversation c = store.create("");
        for (int i = 1; i <= 4; i++) {
            store.appendQuestion(c.id(), "question " + i);
            store.appendAnswer(c.id(), answer("answer " + i));
        }
        assertEquals(List.of(ChatMessage.user("question 3"), ChatMessage.assistant("answer 3"),
                ChatMessage.user("question 4"), ChatMessage.assistant("answer 4")), store.history(c.id(), 2));
        assertEquals(8, store.history(c.id(), 10).size());
        assertTrue(store.history(c.id(), 0).isEmpty());

        store.appendQuestion(c.id(), "question 5");
        assertEquals(List.of(ChatMessage.user("question 4"), ChatMessage.assistant("answer 4"),
                ChatMessage.user("question 5")), store.history(c.id(), 2));
    }

    @Test
    void refusesAFileFromANewerZhiku() throws Exception {
        store.close();
        String url = "jdbc:h2:file:" + dir.resolve("conversations").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Connection jdbc = DriverManager.getConnection(url, "zhiku", "");
             Statement s = jdbc.createStatement()) {
            s.execute("UPDATE meta SET v = '99' WHERE k = 'conversation_schema_version'");
        }
        ConversationStoreException e = assertThrows(ConversationStoreException.class,
                () -> ConversationStore.open(dir.resolve("conversations")));
        assertTrue(e.getMessage().contains("conversations.mv.db"), e.getMessage());
        assertTrue(e.getMessage().contains("update Zhiku"), e.getMessage());
        try (Connection jdbc = DriverManager.getConnection(url, "zhiku", "");
             Statement s = jdbc.createStatement()) {
            s.execute("UPDATE meta SET v = '" + ConversationSchema.VERSION
                    + "' WHERE k = 'conversation_schema_version'");
        }
        store = ConversationStore.open(dir.resolve("conversations"));
    }

    @Test
    void keepsTheOtherFilesOfACitedPassageAndReadsAFileOfTheFirstSchema() throws Exception {
        Conversation c = store.create("副本");
        store.appendQuestion(c.id(), "合同期限多长？");
        Citation copied = new Citation(1, "/docs/合同.pdf", "", 2, 0, 10, "三年", 0.9,
                List.of("/backup/合同.pdf", "/usb/合同.docx"));
        store.appendAnswer(c.id(), answer("合同期限为三年 [1]。", copied));
        store.close();
        // the same file as the first schema wrote it: no also_in column, version 1
        String url = "jdbc:h2:file:" + dir.resolve("conversations").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Connection jdbc = DriverManager.getConnection(url, "zhiku", "");
             Statement s = jdbc.createStatement()) {
            store = ConversationStore.open(dir.resolve("conversations"));
            assertEquals(List.of("/backup/合同.pdf", "/usb/合同.docx"),
                    store.messages(c.id()).getLast().citations().getFirst().alsoIn());
            store.close();
            s.execute("ALTER TABLE citations DROP COLUMN also_in");
            s.execute("UPDATE meta SET v = '1' WHERE k = 'conversation_schema_version'");
        }
        store = ConversationStore.open(dir.resolve("conversations"));
        Citation old = store.messages(c.id()).getLast().citations().getFirst();
        assertEquals("/docs/合同.pdf", old.path());
        assertEquals(List.of(), old.alsoIn());
    }

    @Test
    void survivesCloseAndReopen() {
        Conversation c = store.create("保存测试");
        store.appendQuestion(c.id(), "护照什么时候过期？");
        store.appendAnswer(c.id(), answer("护照在2027年5月过期 [1]。", citation(1, "/docs/护照.pdf", 1)));
        List<ConversationMessage> before = store.messages(c.id());
        Conversation stored = store.find(c.id()).orElseThrow();
        store.close();

        store = ConversationStore.open(dir.resolve("conversations"));
        assertEquals(List.of(stored), store.list());
        assertEquals(before, store.messages(c.id()));
        ConversationMessage next = store.appendQuestion(c.id(), "还有别的吗？");
        assertEquals(3, next.seq());
    }
}
