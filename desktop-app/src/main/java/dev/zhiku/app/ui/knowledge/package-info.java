/**
 * The "Knowledge" panel: the folders that feed the knowledge base, indexing progress, and the files that could not
 * be read.
 *
 * <p>{@link dev.zhiku.app.ui.knowledge.KnowledgeView} binds to {@link dev.zhiku.app.ui.knowledge.KnowledgeViewModel},
 * which talks only to {@link dev.zhiku.app.ui.knowledge.IndexingService}; the real indexer is adapted by
 * {@link dev.zhiku.app.ui.knowledge.IndexerIndexingService}. Background results reach the view through a
 * {@link dev.zhiku.app.ui.UiExecutor} (JavaFX in the app, direct in tests); the other panels reuse it,
 * together with {@link dev.zhiku.app.ui.knowledge.DaemonThreads}, {@link dev.zhiku.app.ui.knowledge.LatestOnly}
 * and {@link dev.zhiku.app.ui.knowledge.Notice}. To add a control: a property on the ViewModel, a binding in the
 * view, a string in both bundles and a CSS class in {@code knowledge.css}.
 */
package dev.zhiku.app.ui.knowledge;

import dev.zhiku.app.ui.UiExecutor;
