package dev.zhiku.rag.conversation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds conversations by words in their titles or messages, with a case-insensitive LIKE. */
final class ConversationSearch {

    private static final String SQL = "SELECT " + ConversationRows.CONVERSATION_COLUMNS + ", m.text "
            + "FROM conversations c LEFT JOIN messages m ON m.conversation_id = c.id AND LOWER(m.text) LIKE ? "
            + "WHERE LOWER(c.title) LIKE ? OR m.id IS NOT NULL ORDER BY c.updated DESC, c.id, m.seq";

    private ConversationSearch() {
    }

    static List<ConversationMatch> run(Connection connection, String text) throws SQLException {
        String pattern = "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
        Map<String, ConversationMatch> matches = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setString(1, pattern);
            ps.setString(2, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Conversation c = ConversationRows.conversation(rs);
                    if (!matches.containsKey(c.id())) {
                        matches.put(c.id(), new ConversationMatch(c, snippet(c, rs.getString(5), text)));
                    }
                }
            }
        }
        return new ArrayList<>(matches.values());
    }

    private static String snippet(Conversation c, String messageText, String text) {
        if (MatchSnippet.indexOfIgnoreCase(c.title(), text) >= 0 || messageText == null) {
            return MatchSnippet.around(c.title(), text);
        }
        return MatchSnippet.around(messageText, text);
    }

    /** Escapes LIKE's wildcards with H2's default escape character, the backslash. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
