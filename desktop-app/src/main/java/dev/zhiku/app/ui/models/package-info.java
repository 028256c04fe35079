/**
 * The "Models" panel: installed models and the active one, models found on this PC (LM Studio, Ollama, GPT4All,
 * Jan), catalog recommendations judged for this machine, and downloads with progress and cancel.
 *
 * <p>{@link dev.zhiku.app.ui.models.ModelsViewModel} uses the real llm-native services gathered in
 * {@link dev.zhiku.app.ui.models.ModelServices} ({@code ModelServices.of(wiring)} in the app; a temporary
 * library, a fixed {@code Hardware} and a loopback mirror in tests). Threads and UI hand-off come from the
 * knowledge package ({@link dev.zhiku.app.ui.fx.UiThread}).
 */
package dev.zhiku.app.ui.models;

import dev.zhiku.app.ui.fx.UiThread;
