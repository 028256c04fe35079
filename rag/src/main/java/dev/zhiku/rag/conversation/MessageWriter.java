package dev.zhiku.rag.conversation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;

/** Inserts a message and its citations, numbering it after the conversation's last message. */
final class MessageWriter {

    private MessageWriter() {
    }

    /** Inserts the message and returns its id; the caller holds the transaction. */
    static long insert(Connection connection, String conversationId, MessageDraft draft, Instant created)
            throws SQLException {
        long id;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO messages(conversation_id, seq, role, "
                + "text, route, model, abstained, first_token_ms, total_ms, tokens_per_second, created) "
                + "VALUES(?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE conversation_id = ?), "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, conversationId);
            ps.setString(2, conversationId);
            ps.setString(3, draft.role().name());
            ps.setString(4, draft.text());
            if (draft.route() == null) {
                ps.setNull(5, Types.VARCHAR);
            } else {
                ps.setString(5, draft.route().name());
            }
            ps.setString(6, draft.model());
            ps.setBoolean(7, draft.abstained());
            ps.setLong(8, draft.timings().firstTokenMillis());
            ps.setLong(9, draft.timings().totalMillis());
            ps.setDouble(10, draft.timings().tokensPerSecond());
            ConversationRows.setInstant(ps, 11, created);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO citations("
                + ConversationRows.CITATION_COLUMNS + ") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var citation : draft.citations()) {
                ConversationRows.bindCitation(ps, id, citation);
                ps.addBatch();
            }
            if (!draft.citations().isEmpty()) {
                ps.executeBatch();
            }
        }
        return id;
    }
}
