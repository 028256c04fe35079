package dev.zhiku.core;

/** Receives generated text piece by piece, on the generating thread; must return quickly. */
@FunctionalInterface
public interface TokenSink {

    TokenSink NONE = piece -> { };

    void onToken(String piece);
}
