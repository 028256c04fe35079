package dev.zhiku.core;

/**
 * A language model that answers a conversation, streaming its text. Implemented by the local engine
 * ({@code llm-native}) and by the cloud client ({@code rag}); every implementation passes the same contract
 * test.
 */
public interface TextGenerator extends AutoCloseable {

    /** A name to show (the model's), also recorded with each answer. */
    String id();

    /** Tokens the model can attend to: prompt plus answer. */
    int contextLength();

    /** Tokens the text takes in this model's vocabulary. */
    int countTokens(String text);

    /**
     * Generates an answer, calling {@code sink} for each piece as it arrives; returns when the answer ends, the
     * limit is reached or {@code control} is stopped (within about 100 ms). A prompt too long for the context is
     * fitted by the implementation's stated policy, never silently cut in the middle of a message.
     *
     * @throws GenerationException when the model cannot answer (with a reason a person understands)
     */
    GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control);

    @Override
    void close();
}
