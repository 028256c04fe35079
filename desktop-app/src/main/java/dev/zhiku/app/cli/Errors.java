package dev.zhiku.app.cli;

import java.sql.SQLException;

/** One line a person can act on for an error that ends a command. */
final class Errors {

    private Errors() {
    }

    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory; see the log in the Zhiku home's logs folder";
        }
        if (e instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("locked")) {
            return "the catalog is in use by another program: " + firstLine(sql.getMessage());
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return firstLine(message);
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse(s);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
