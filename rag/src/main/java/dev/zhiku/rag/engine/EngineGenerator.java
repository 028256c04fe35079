package dev.zhiku.rag.engine;

import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import dev.zhiku.rag.cloud.ServerUnreachableException;

/**
 * A server's model as the answering model: named "Ollama · qwen3.5:4b" in every answer, and marked unavailable
 * the first time its server cannot be reached — later questions then fail at once with that reason (answers stay
 * extractive-capable) instead of trying the dead server again; choosing the model again makes a new one.
 */
public final class EngineGenerator implements TextGenerator {

    private final TextGenerator delegate;
    private final String label;
    private volatile String unavailable = "";

    EngineGenerator(TextGenerator delegate, String label) {
        this.delegate = delegate;
        this.label = label;
    }

    @Override
    public String id() {
        return label;
    }

    @Override
    public int contextLength() {
        return delegate.contextLength();
    }

    @Override
    public int countTokens(String text) {
        return delegate.countTokens(text);
    }

    /** Why the server is marked unavailable, or empty while it is not. */
    public String unavailable() {
        return unavailable;
    }

    @Override
    public GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control) {
        String gone = unavailable;
        if (!gone.isEmpty()) {
            throw new GenerationException(label + " is unavailable (" + gone + "); start the server, then choose "
                    + "the model again in Models");
        }
        try {
            return delegate.generate(request, sink, control);
        } catch (ServerUnreachableException e) {
            unavailable = e.getMessage();
            throw e;
        }
    }

    @Override
    public void close() {
        delegate.close();
    }
}
