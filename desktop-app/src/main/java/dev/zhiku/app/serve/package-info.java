/**
 * {@code zhiku serve}: the knowledge base behind an OpenAI-compatible HTTP API on loopback, so that any chat
 * client that speaks {@code /v1/chat/completions} can ask questions of the user's documents.
 *
 * <p>{@link dev.zhiku.app.serve.KnowledgeServer} owns the HTTP server and routes requests;
 * {@link dev.zhiku.app.serve.ChatCompletionHandler} turns the last user message into a
 * {@link dev.zhiku.rag.Question} and the {@link dev.zhiku.core.Answer} into a completion;
 * {@link dev.zhiku.app.serve.ServedAnswer} appends the sources and honours {@code max_tokens} and {@code stop}.
 * The server binds 127.0.0.1 only and every request needs the bearer token. To add an endpoint, add a route in
 * {@code KnowledgeServer#route} and a handler class; errors are thrown as {@link dev.zhiku.app.serve.ApiError}
 * and written by the server in OpenAI's error shape.
 */
package dev.zhiku.app.serve;
