package dev.zhiku.rag.conversation;

import static dev.zhiku.rag.conversation.ConversationRows.CONVERSATION_COLUMNS;
import static dev.zhiku.rag.conversation.ConversationRows.MESSAGE_COLUMNS;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.Citation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The user's conversations in an embedded H2 file: questions, answers with their citations and timings.
 * Opened in H2's auto-server mode, so a second Zhiku process can read the same file; every method is
 * synchronized on the one connection. Failures are {@link ConversationStoreException}s naming the file.
 */
public final class ConversationStore implements AutoCloseable {

    private final StoreConnection db;
    private final Clock clock;
    private Instant lastStamp = Instant.EPOCH;

    private ConversationStore(StoreConnection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens (creating or migrating) the store whose H2 file is {@code base}{@code .mv.db}. */
    public static ConversationStore open(Path base) {
        return open(base, Clock.systemUTC());
    }

    public static ConversationStore open(Path base, Clock clock) {
        return new ConversationStore(StoreConnection.open(base), clock);
    }

    /** Starts a conversation; an empty title is replaced by the first question. */
    public synchronized Conversation create(String title) {
        Conversation c = new Conversation(UUID.randomUUID().toString(), title == null ? "" : title.strip(),
                stamp(), lastStamp);
        db.run("start a conversation", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO conversations(id, title, created, updated) VALUES(?, ?, ?, ?)")) {
                ps.setString(1, c.id());
                ps.setString(2, c.title());
                ConversationRows.setInstant(ps, 3, c.created());
                ConversationRows.setInstant(ps, 4, c.updated());
                ps.executeUpdate();
            }
            return null;
        });
        return c;
    }

    /** All conversations, the most recently updated first. */
    public synchronized List<Conversation> list() {
        return db.run("list conversations", connection -> {
            List<Conversation> all = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + CONVERSATION_COLUMNS
                    + " FROM conversations c ORDER BY c.updated DESC, c.created DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(ConversationRows.conversation(rs));
                }
            }
            return all;
        });
    }

    public synchronized Optional<Conversation> find(String conversationId) {
        return db.run("read a conversation", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + CONVERSATION_COLUMNS + " FROM conversations c WHERE c.id = ?")) {
                ps.setString(1, conversationId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ConversationRows.conversation(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Gives a conversation a new title; false if there is no such conversation. */
    public synchronized boolean rename(String conversationId, String title) {
        Instant now = stamp();
        return db.run("rename a conversation", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE conversations SET title = ?, updated = ? WHERE id = ?")) {
                ps.setString(1, title == null ? "" : title.strip());
                ConversationRows.setInstant(ps, 2, now);
                ps.setString(3, conversationId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Deletes a conversation with its messages and citations; false if there was none. */
    public synchronized boolean delete(String conversationId) {
        return db.run("delete a conversation", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM conversations WHERE id = ?")) {
                ps.setString(1, conversationId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Stores the user's question; the first question of an untitled conversation becomes its title. */
    public synchronized ConversationMessage appendQuestion(String conversationId, String question) {
        MessageDraft draft = new MessageDraft(ChatMessage.Role.USER, question, null, "", false,
                new AnswerTimings(-1, -1, -1, 0), List.of());
        return append(conversationId, draft);
    }

    /** Stores an answer with its citations and timings. */
    public synchronized ConversationMessage appendAnswer(String conversationId, Answer answer) {
        AnswerTimings timings = answer.timings() == null ? new AnswerTimings(-1, -1, -1, 0) : answer.timings();
        MessageDraft draft = new MessageDraft(ChatMessage.Role.ASSISTANT, answer.text(), answer.route(),
                answer.model(), answer.abstained(), timings, answer.citations());
        return append(conversationId, draft);
    }

    private ConversationMessage append(String conversationId, MessageDraft draft) {
        Instant now = stamp();
        return db.inTransaction("add a message", connection -> {
            Conversation conversation = find(conversationId).orElseThrow(
                    () -> new IllegalArgumentException("no conversation " + conversationId));
            long id = MessageWriter.insert(connection, conversationId, draft, now);
            String title = conversation.title();
            if (title.isEmpty() && draft.role() == ChatMessage.Role.USER) {
                title = ConversationTitle.fromQuestion(draft.text());
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE conversations SET title = ?, updated = ? WHERE id = ?")) {
                ps.setString(1, title);
                ConversationRows.setInstant(ps, 2, now);
                ps.setString(3, conversationId);
                ps.executeUpdate();
            }
            return messageById(connection, id);
        });
    }

    private ConversationMessage messageById(Connection connection, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String conversationId = rs.getString(2);
                return ConversationRows.message(rs, citations(connection, conversationId).getOrDefault(id, List.of()));
            }
        }
    }

    /** The messages of a conversation in order, each answer with its citations. */
    public synchronized List<ConversationMessage> messages(String conversationId) {
        return db.run("read the messages of a conversation", connection -> {
            Map<Long, List<Citation>> citations = citations(connection, conversationId);
            List<ConversationMessage> messages = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE conversation_id = ? ORDER BY seq")) {
                ps.setString(1, conversationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        messages.add(ConversationRows.message(rs, citations.getOrDefault(rs.getLong(1), List.of())));
                    }
                }
            }
            return messages;
        });
    }

    private static Map<Long, List<Citation>> citations(Connection connection, String conversationId)
            throws SQLException {
        Map<Long, List<Citation>> byMessage = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT c.message_id, c.number, c.path, c.member, "
                + "c.page, c.start_offset, c.end_offset, c.snippet, c.score, c.also_in FROM citations c "
                + "JOIN messages m ON c.message_id = m.id WHERE m.conversation_id = ? "
                + "ORDER BY c.message_id, c.number")) {
            ps.setString(1, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byMessage.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(ConversationRows.citation(rs));
                }
            }
        }
        return byMessage;
    }

    /**
     * Conversations whose title or messages contain {@code text}, ignoring case (Chinese works as well), the
     * most recently updated first, each with the words around its first match. Blank text finds nothing.
     */
    public synchronized List<ConversationMatch> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return db.run("search conversations", connection -> ConversationSearch.run(connection, text.strip()));
    }

    /**
     * The last {@code maxTurns} turns (a question and what followed it) as messages for a language model,
     * oldest first.
     */
    public synchronized List<ChatMessage> history(String conversationId, int maxTurns) {
        if (maxTurns <= 0) {
            return List.of();
        }
        return db.run("read the history of a conversation", connection -> {
            List<ChatMessage> newestFirst = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT role, text FROM messages WHERE conversation_id = ? ORDER BY seq DESC")) {
                ps.setString(1, conversationId);
                try (ResultSet rs = ps.executeQuery()) {
                    int turns = 0;
                    while (turns < maxTurns && rs.next()) {
                        ChatMessage.Role role = ChatMessage.Role.valueOf(rs.getString(1));
                        newestFirst.add(new ChatMessage(role, rs.getString(2)));
                        turns += role == ChatMessage.Role.USER ? 1 : 0;
                    }
                }
            }
            Collections.reverse(newestFirst);
            return List.copyOf(newestFirst);
        });
    }

    /** A time strictly after every earlier one, so that "newest first" is well defined. */
    private Instant stamp() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plus(1, ChronoUnit.MICROS);
        return lastStamp;
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
