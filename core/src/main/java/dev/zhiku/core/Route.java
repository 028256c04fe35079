package dev.zhiku.core;

/** Where an answer came from. */
public enum Route {
    /** The local LLM. */
    LOCAL,
    /** A cloud LLM, after the user's consent. */
    CLOUD,
    /** Sentences taken from the documents, no LLM. */
    EXTRACTIVE
}
