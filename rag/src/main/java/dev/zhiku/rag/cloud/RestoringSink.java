package dev.zhiku.rag.cloud;

import dev.zhiku.core.TokenSink;
import dev.zhiku.rag.redact.Redaction;
import dev.zhiku.rag.redact.Redactor;

/**
 * Streams the cloud answer with placeholders already restored: text is passed on up to an opening bracket that
 * may begin a placeholder split across pieces, and the rest once it is closed (or clearly is not a placeholder).
 */
final class RestoringSink implements TokenSink {

    private static final int LONGEST_PLACEHOLDER = 24;

    private final TokenSink out;
    private final Redactor redactor;
    private final Redaction redaction;
    private final StringBuilder raw = new StringBuilder();
    private int emitted;

    RestoringSink(TokenSink out, Redactor redactor, Redaction redaction) {
        this.out = out;
        this.redactor = redactor;
        this.redaction = redaction;
    }

    @Override
    public void onToken(String piece) {
        raw.append(piece);
        int safe = raw.length();
        int open = Math.max(raw.lastIndexOf("["), Math.max(raw.lastIndexOf("【"), raw.lastIndexOf("［")));
        if (open >= emitted && raw.length() - open <= LONGEST_PLACEHOLDER) {
            String tail = raw.substring(open);
            if (tail.indexOf(']') < 0 && tail.indexOf('】') < 0 && tail.indexOf('］') < 0) {
                safe = open;
            }
        }
        emit(safe);
    }

    /** Passes on whatever is held back; call once the answer is complete. */
    void finish() {
        emit(raw.length());
    }

    private void emit(int end) {
        if (end > emitted) {
            out.onToken(redactor.restore(raw.substring(emitted, end), redaction));
            emitted = end;
        }
    }
}
