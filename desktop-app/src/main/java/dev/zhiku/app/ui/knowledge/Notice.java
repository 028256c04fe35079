package dev.zhiku.app.ui.knowledge;

/**
 * A message for the user: a bundle key the view translates, and a detail (a file, the cause) shown after it.
 *
 * @param key    key in the panel's resource bundle
 * @param detail what it is about, or empty
 */
public record Notice(String key, String detail) {

    public Notice {
        detail = detail == null ? "" : detail;
    }

    /** A notice about a failure, with the exception's own message (never a stack trace). */
    public static Notice of(String key, Throwable error) {
        return new Notice(key, ErrorText.describe(error));
    }
}
