package dev.zhiku.rag.conversation;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Maps rows of the conversation tables to records and back. */
final class ConversationRows {

    static final String CONVERSATION_COLUMNS = "c.id, c.title, c.created, c.updated";
    static final String MESSAGE_COLUMNS = "id, conversation_id, seq, role, text, route, model, abstained, "
            + "first_token_ms, total_ms, tokens_per_second, created";
    static final String CITATION_COLUMNS = "message_id, number, path, member, page, start_offset, end_offset, "
            + "snippet, score, also_in";

    private ConversationRows() {
    }

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, OffsetDateTime.class).toInstant();
    }

    /** Reads {@link #CONVERSATION_COLUMNS} starting at column 1. */
    static Conversation conversation(ResultSet rs) throws SQLException {
        return new Conversation(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4));
    }

    /** Reads {@link #MESSAGE_COLUMNS} starting at column 1. */
    static ConversationMessage message(ResultSet rs, List<Citation> citations) throws SQLException {
        String route = rs.getString(6);
        return new ConversationMessage(rs.getLong(1), rs.getString(2), rs.getInt(3),
                ChatMessage.Role.valueOf(rs.getString(4)), rs.getString(5), route == null ? null : Route.valueOf(route),
                rs.getString(7), rs.getBoolean(8), rs.getLong(9), rs.getLong(10), rs.getDouble(11), instant(rs, 12),
                citations);
    }

    /** Reads {@link #CITATION_COLUMNS} starting at column 1 (the message id is not part of the citation). */
    static Citation citation(ResultSet rs) throws SQLException {
        String alsoIn = rs.getString(10);
        return new Citation(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getString(8), rs.getDouble(9),
                alsoIn == null || alsoIn.isEmpty() ? List.of() : List.of(alsoIn.split("\n")));
    }

    static void bindCitation(PreparedStatement ps, long messageId, Citation c) throws SQLException {
        ps.setLong(1, messageId);
        ps.setInt(2, c.number());
        ps.setString(3, c.path());
        ps.setString(4, c.member() == null ? "" : c.member());
        ps.setInt(5, c.page());
        ps.setInt(6, c.startOffset());
        ps.setInt(7, c.endOffset());
        ps.setString(8, c.snippet() == null ? "" : c.snippet());
        ps.setDouble(9, c.score());
        ps.setString(10, String.join("\n", c.alsoIn()));
    }
}
