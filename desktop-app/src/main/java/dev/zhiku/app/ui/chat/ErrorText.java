package dev.zhiku.app.ui.chat;

/** Turns a failure into one line a person can read: the most telling message, never a stack trace. */
final class ErrorText {

    private static final int MAX_LENGTH = 300;

    private ErrorText() {
    }

    static String of(Throwable failure) {
        Throwable t = failure;
        while (t != null && (t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t == null || t.getMessage() == null || t.getMessage().isBlank()) {
            Throwable named = t == null ? failure : t;
            return "unexpected error (" + named.getClass().getSimpleName() + ")";
        }
        String line = t.getMessage().replaceAll("\\s+", " ").strip();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
