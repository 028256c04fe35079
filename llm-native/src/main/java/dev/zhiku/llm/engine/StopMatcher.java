package dev.zhiku.llm.engine;

import java.util.List;

/**
 * Finds stop strings in streamed text. Text that could still become the start of a stop string is held back, so
 * the sink never receives any part of a stop string; {@link #flush()} releases it when generation ends otherwise.
 */
final class StopMatcher {

    private final List<String> stops;
    private final int holdBack;
    private final StringBuilder text = new StringBuilder();
    private int emitted;
    private boolean matched;

    StopMatcher(List<String> stops) {
        this.stops = stops.stream().filter(s -> !s.isEmpty()).toList();
        this.holdBack = this.stops.stream().mapToInt(String::length).max().orElse(1) - 1;
    }

    /** Adds a piece; returns the text that is now safe to emit (possibly empty). */
    String accept(String piece) {
        text.append(piece);
        int from = Math.max(0, emitted - holdBack);
        for (String s : stops) {
            int at = text.indexOf(s, from);
            if (at >= 0) {
                matched = true;
                text.setLength(at);
                return release(text.length());
            }
        }
        return release(Math.max(emitted, text.length() - holdBack));
    }

    String flush() {
        return release(text.length());
    }

    boolean matched() {
        return matched;
    }

    /** All text accepted, without the stop string and what followed it. */
    String text() {
        return text.toString();
    }

    private String release(int upTo) {
        int end = Math.min(upTo, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        if (end <= emitted) {
            return "";
        }
        String out = text.substring(emitted, end);
        emitted = end;
        return out;
    }
}
