/**
 * The "Models" panel: installed models and the active one, models found on this PC (LM Studio, Ollama, GPT4All,
 * Jan), catalog recommendations judged for this machine, and downloads with progress and cancel; model servers
 * (Ollama, LM Studio, Jan, llama-server, added ones) with their models, one of which can answer
 * ({@link dev.zhiku.app.ui.models.EnginesViewModel} over {@link dev.zhiku.app.ui.models.EngineServices}), the
 * current models that need such a server, and the embedding model of the knowledge base with the reranker
 * ({@link dev.zhiku.app.ui.models.EmbeddingsViewModel} over {@link dev.zhiku.app.ui.models.EmbeddingServices}: the
 * switch runs on the window's own indexer between its indexing runs, docs/decisions/0044).
 *
 * <p>{@link dev.zhiku.app.ui.models.ModelsViewModel} uses the real llm-native services gathered in
 * {@link dev.zhiku.app.ui.models.ModelServices} ({@code ModelServices.of(wiring)} in the app; a temporary
 * library, a fixed {@code Hardware} and a loopback mirror in tests). Threads and UI hand-off come from the
 * knowledge package ({@link dev.zhiku.app.ui.UiExecutor}).
 */
package dev.zhiku.app.ui.models;

import dev.zhiku.app.ui.UiExecutor;
