package dev.zhiku.app.ui.source;

import dev.zhiku.core.Citation;
import dev.zhiku.core.Passage;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.extract.DocumentExtractor;
import dev.zhiku.indexer.extract.ExtractedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of a cited document for the viewer. Structured formats (Word, ODF, EPUB, HTML, e-mail, slides, sheets)
 * are read again with the indexer's extractor, which knows which blocks are headings; the result is used only when
 * it still matches the indexed passage at the cited offsets (the file did not change). Plain text, files over
 * {@link #MAX_REEXTRACT_BYTES}, and anything that does not match are rebuilt from the indexed passages, which is
 * fast for any size.
 */
final class ExtractedText {

    static final long MAX_REEXTRACT_BYTES = 16L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ExtractedText.class);
    private static final Set<String> PLAIN = Set.of("txt", "text", "log", "csv", "md", "markdown");

    private ExtractedText() {
    }

    static DocumentText of(CitedSource source) throws java.io.IOException {
        Citation c = source.citation();
        Optional<DocumentText> extracted = structured(c).filter(text -> matches(text, source));
        if (extracted.isPresent()) {
            return extracted.get();
        }
        if (!source.passages().isEmpty()) {
            return DocumentText.of(source.passages());
        }
        return plainFile(c);
    }

    private static Optional<DocumentText> structured(Citation c) {
        Path file = Path.of(c.path());
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? "" : name.substring(dot + 1);
        try {
            if (PLAIN.contains(type) || !Files.isRegularFile(file) || Files.size(file) > MAX_REEXTRACT_BYTES) {
                return Optional.empty();
            }
            String member = c.member() == null ? "" : c.member();
            return new DocumentExtractor(IndexerSettings.defaults().extraction()).extract(file, false).documents()
                    .stream().filter(d -> d.member().equals(member)).findFirst()
                    .map(ExtractedDocument::blocks).map(DocumentText::ofBlocks);
        } catch (Exception e) {
            LOG.debug("re-reading {} for the viewer failed; using the indexed passages", file, e);
            return Optional.empty();
        }
    }

    /** Whether the cited passage's text stands at its offsets in {@code text} (white space ignored). */
    private static boolean matches(DocumentText text, CitedSource source) {
        Optional<Passage> cited = source.passage();
        if (cited.isEmpty()) {
            return source.passages().isEmpty();
        }
        Passage p = cited.get();
        int first = text.paragraphAt(p.startOffset());
        if (first < 0) {
            return false;
        }
        StringBuilder around = new StringBuilder();
        for (int i = first; i < text.paragraphs().size() && text.paragraphs().get(i).start() < p.endOffset(); i++) {
            TextParagraph para = text.paragraphs().get(i);
            int from = Math.max(0, p.startOffset() - para.start());
            int to = Math.min(para.text().length(), p.endOffset() - para.start());
            if (from < to) {
                around.append(para.text(), from, to);
            }
        }
        return PdfPassageLocator.squeeze(around.toString()).equals(PdfPassageLocator.squeeze(p.text()));
    }

    private static DocumentText plainFile(Citation cited) throws java.io.IOException {
        String name = cited.path().toLowerCase(Locale.ROOT);
        boolean plain = (cited.member() == null || cited.member().isEmpty())
                && PLAIN.stream().anyMatch(t -> name.endsWith("." + t));
        if (!plain || !Files.isRegularFile(Path.of(cited.path()))) {
            return DocumentText.ofPlain(cited.snippet() == null ? "" : cited.snippet());
        }
        return DocumentText.ofPlain(PlainText.read(Path.of(cited.path())));
    }
}
