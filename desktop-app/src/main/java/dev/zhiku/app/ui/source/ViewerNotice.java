package dev.zhiku.app.ui.source;

/**
 * A line the viewer shows under the document: a message key of {@code messages_*.properties} and its detail.
 *
 * @param key    the message key ({@code viewer.*})
 * @param detail the value put into the message, or empty
 */
public record ViewerNotice(String key, String detail) {

    public ViewerNotice {
        detail = detail == null ? "" : detail;
    }
}
