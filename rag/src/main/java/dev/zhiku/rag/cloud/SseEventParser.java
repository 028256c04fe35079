package dev.zhiku.rag.cloud;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a Server-Sent Events stream, as they arrive in buffers of any size, into the data of each
 * complete event (its {@code data:} lines joined by newlines). Comments ({@code :...}) and other fields
 * ({@code event:}, {@code id:}, {@code retry:}) are skipped, as is an event without data. Lines are split on
 * bytes, so a character split across two buffers is decoded whole.
 */
final class SseEventParser {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private StringBuilder data;

    /** The events completed by these bytes, oldest first. */
    List<String> feed(ByteBuffer bytes) {
        List<String> events = new ArrayList<>();
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                accept(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, events);
            } else {
                line.write(b);
            }
        }
        return events;
    }

    private void accept(String text, List<String> events) {
        if (text.isEmpty()) {
            if (data != null) {
                events.add(data.toString());
                data = null;
            }
            return;
        }
        if (text.startsWith(":")) {
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        if (!field.equals("data")) {
            return;
        }
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
    }
}
