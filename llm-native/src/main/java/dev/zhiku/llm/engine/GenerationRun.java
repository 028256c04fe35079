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
            tokens = Math.max(tokens, estimateTokens(stops.text()));
            finish = tokens >= maxTokens ? FinishReason.LENGTH : FinishReason.END;
        }
        long end = System.nanoTime();
        long firstMillis = first < 0 ? (end - startNanos) / 1_000_000 : (first - startNanos) / 1_000_000;
        double seconds = first < 0 ? 0 : (end - first) / 1e9;
        double rate = tokens > 1 && seconds > 0 ? (tokens - 1) / seconds : 0;
        return new Outcome(stops.text(), finish, Math.min(tokens, maxTokens), firstMillis, rate);
    }

    /**
     * The native stream may join tokens in one piece (it waits for complete UTF-8 characters), so the count of
     * pieces can be short; re-tokenizing the text, counting each replacement character as one byte token, gives a
     * second estimate.
     */
    private int estimateTokens(String text) {
        String clean = text.replace("\uFFFD", "");
        return model.encode(clean).length + (text.length() - clean.length());
    }

    private void emit(String piece) {
        if (!piece.isEmpty()) {
            sink.onToken(piece);
        }
    }
}
