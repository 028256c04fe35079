/**
 * Model servers as answering engines: Ollama, LM Studio, Jan, llama.cpp's {@code llama-server} on this PC, and any
 * OpenAI-compatible server the user adds by address. {@link dev.zhiku.rag.engine.EngineList} keeps them and the
 * chosen model, {@link dev.zhiku.rag.engine.EngineProbe} lists their models and Ollama's context lengths, and
 * {@link dev.zhiku.rag.engine.EngineConnector} opens a model as a {@link dev.zhiku.core.TextGenerator} that passes
 * {@code dev.zhiku.core.TextGeneratorContract}. {@link dev.zhiku.rag.engine.EngineReach} decides where text may
 * go: a loopback server is local; a server on the network is a cloud service (consent, redaction, audit) unless
 * the user marked it trusted. {@link dev.zhiku.rag.engine.ServerEmbeddingModel} and
 * {@link dev.zhiku.rag.engine.ServerReranker} use a server's embedding and reranking models (a server on this PC or
 * a trusted one only). Every request goes through {@code dev.zhiku.core.net.Outbound}.
 */
package dev.zhiku.rag.engine;
