/**
 * The source viewer: the cited place of a document inside the window. A PDF page is rendered with PDFBox
 * ({@link dev.zhiku.app.ui.source.PdfPages}, one page at a time) and the passage boxed from the glyph positions on
 * that page ({@link dev.zhiku.app.ui.source.PdfPassageLocator}); other formats show their extracted text as
 * paragraphs ({@link dev.zhiku.app.ui.source.DocumentText}, re-read with headings or rebuilt from the indexed
 * passages, see {@link dev.zhiku.app.ui.source.ExtractedText}) in a virtualised list, scrolled to the highlight.
 * Citation offsets are those of the index, so the same words are highlighted that the answer rests on.
 *
 * <p>MVVM: {@link dev.zhiku.app.ui.source.SourceViewerViewModel} holds JavaFX properties (no {@code javafx.scene}),
 * works on one thread and posts results through a {@link dev.zhiku.app.ui.UiExecutor};
 * {@link dev.zhiku.app.ui.source.SourceViewerView} binds to it and {@link dev.zhiku.app.ui.source.SourceDock} puts
 * it beside a screen (resizable) or in its own window (detached). The chat's chips and the search results open it.
 * {@link dev.zhiku.app.ui.source.FileOpener} is the window's one way to hand a file to the system, at a page where
 * the viewer takes one ({@link dev.zhiku.app.ui.source.ViewerCommand}). Words are in {@code messages_*.properties},
 * styles in {@code source.css}.
 */
package dev.zhiku.app.ui.source;
