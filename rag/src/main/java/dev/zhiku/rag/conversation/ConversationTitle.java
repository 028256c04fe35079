package dev.zhiku.rag.conversation;

/** Names a conversation after its first question. */
public final class ConversationTitle {

    /** Longest automatic title, in characters (code points). */
    public static final int MAX_LENGTH = 40;

    private ConversationTitle() {
    }

    /** The first {@value #MAX_LENGTH} characters of the question, on one line. */
    public static String fromQuestion(String question) {
        String oneLine = question == null ? "" : question.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }
}
