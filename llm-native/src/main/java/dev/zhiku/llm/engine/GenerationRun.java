package dev.zhiku.llm.engine;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationResult.FinishReason;
import dev.zhiku.core.TokenSink;
import java.util.List;

/**
 * One streaming generation: pulls tokens on the calling thread, feeds the sink, polls Stop, matches stop strings
 * and cancels the native task from this same thread when it ends early.
 */
final class GenerationRun {

    /** What the loop produced. */
    record Outcome(String text, FinishReason finish, int tokens, long firstTokenMillis, double tokensPerSecond) {
    }

    private final LlamaModel model;
    private final StopMatcher stops;
    private final int maxTokens;
    private final TokenSink sink;
    private final GenerationControl control;

    GenerationRun(LlamaModel model, List<String> stops, int maxTokens, TokenSink sink, GenerationControl control) {
        this.model = model;
        this.stops = new StopMatcher(stops);
        this.maxTokens = maxTokens;
        this.sink = sink;
        this.control = control;
    }

    Outcome stream(InferenceParameters params, long startNanos) {
        LlamaIterator it = model.generate(params).iterator();
        int tokens = 0;
        int slack = 0;
        long first = -1;
        FinishReason finish = null;
        try {
            while (it.hasNext()) {
                if (control.isStopped()) {
                    finish = FinishReason.STOPPED;
                    break;
                }
                LlamaOutput out = it.next();
                if (!out.text.isEmpty() || it.hasNext()) {
                    tokens++;
                    slack += joinedTokens(out.text);
                }
                if (first < 0 && !out.text.isEmpty()) {
                    first = System.nanoTime();
                }
                emit(stops.accept(out.text));
                if (stops.matched()) {
                    finish = FinishReason.STOP_SEQUENCE;
                    break;
                }
                if (control.isStopped()) {
                    finish = FinishReason.STOPPED;
                    break;
                }
            }
        } finally {
            if (it.hasNext()) {
                it.cancel();
            }
        }
        if (finish == null) {
            emit(stops.flush());
            finish = tokens + slack >= maxTokens ? FinishReason.LENGTH : FinishReason.END;
            tokens = finish == FinishReason.LENGTH ? maxTokens : tokens;
        }
        long end = System.nanoTime();
        long firstMillis = first < 0 ? (end - startNanos) / 1_000_000 : (first - startNanos) / 1_000_000;
        double seconds = first < 0 ? 0 : (end - first) / 1e9;
        double rate = tokens > 1 && seconds > 0 ? (tokens - 1) / seconds : 0;
        return new Outcome(stops.text(), finish, Math.min(tokens, maxTokens), firstMillis, rate);
    }

    /**
     * The native stream joins tokens that end inside a UTF-8 character into one piece, so pieces can undercount
     * tokens; this bounds how many extra tokens a piece may hold (one per byte of its non-ASCII characters). The
     * bound only decides LENGTH against END near the limit; token counts and speeds use pieces.
     */
    private static int joinedTokens(String piece) {
        int extra = 0;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            extra += c < 0x80 ? 0 : c == '\uFFFD' ? 1 : c < 0x800 ? 2 : 3;
        }
        return extra;
    }

    private void emit(String piece) {
        if (!piece.isEmpty()) {
            sink.onToken(piece);
        }
    }
}
