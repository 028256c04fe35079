package dev.zhiku.app.serve;

import dev.zhiku.core.text.TokenEstimate;
import java.util.List;

/**
 * A model's answer as it streams to an API client: cut at the first stop string and at {@code max_tokens}. Text is
 * passed on as it comes, except a tail that could still become the start of a stop string.
 */
final class LiveText {

    private final int maxTokens;
    private final List<String> stop;
    private final int holdBack;
    private final StringBuilder text = new StringBuilder();
    private int emitted;
    private int tokens;
    private String finish;

    LiveText(int maxTokens, List<String> stop) {
        this.maxTokens = maxTokens;
        this.stop = stop;
        this.holdBack = stop.stream().mapToInt(String::length).max().orElse(1) - 1;
    }

    /** Adds a piece from the model; returns what may be sent now (possibly empty). */
    String accept(String piece) {
        if (finish != null) {
            return "";
        }
        text.append(piece);
        for (String s : stop) {
            int at = text.indexOf(s, Math.max(0, emitted - s.length()));
            if (at >= 0) {
                text.setLength(Math.max(at, emitted));
                finish = "stop";
                return take(text.length());
            }
        }
        return take(Math.max(emitted, text.length() - holdBack));
    }

    /** The held-back tail, once the answer is complete. */
    String rest() {
        return finish != null ? "" : take(text.length());
    }

    /** Whether anything reached the client yet. */
    boolean started() {
        return emitted > 0;
    }

    /** {@code "stop"} or {@code "length"} when the text was cut, or null while it runs on. */
    String finish() {
        return finish;
    }

    int tokens() {
        return tokens;
    }

    private String take(int end) {
        StringBuilder out = new StringBuilder();
        for (String p : ServedAnswer.split(text.substring(emitted, end))) {
            int t = TokenEstimate.of(p);
            if (maxTokens > 0 && tokens + t > maxTokens) {
                finish = "length";
                break;
            }
            out.append(p);
            tokens += t;
        }
        emitted += out.length();
        return out.toString();
    }
}
