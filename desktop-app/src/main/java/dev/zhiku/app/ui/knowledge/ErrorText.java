package dev.zhiku.app.ui.knowledge;

/** One line that says what went wrong, from an exception's message chain; never a stack trace. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String describe(Throwable error) {
        Throwable t = error;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
