/**
 * The cloud model: {@link dev.zhiku.rag.cloud.OpenAiCompatibleGenerator} is a {@link dev.zhiku.core.TextGenerator}
 * for any service that speaks OpenAI's chat-completions API (and for {@code zhiku serve} itself), streaming with
 * Server-Sent Events read by {@link dev.zhiku.rag.cloud.SseEventParser}. Only text the user agreed to send goes
 * here; redaction and consent are decided before a request reaches this package. The same client, with the
 * {@code LOOPBACK} or {@code TRUSTED_SERVER} gate purpose, is the engine for OpenAI-compatible model servers
 * ({@code dev.zhiku.rag.engine}). To support another API shape,
 * write another {@code TextGenerator} and make it pass {@code dev.zhiku.core.TextGeneratorContract}.
 */
package dev.zhiku.rag.cloud;
