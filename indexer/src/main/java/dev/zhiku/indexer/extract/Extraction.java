package dev.zhiku.indexer.extract;

import java.util.List;

/**
 * Everything read from one file.
 *
 * @param documents the file's own text first (when it has any), then its parts
 * @param warnings  problems met along the way that did not stop the reading (a broken attachment, truncation)
 * @param truncated whether the text limit cut the file short
 * @param needsOcr  whether the file looks like a scan or an image whose text only OCR can read
 */
public record Extraction(List<ExtractedDocument> documents, List<String> warnings, boolean truncated,
                         boolean needsOcr) {

    public Extraction {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    public long textLength() {
        return documents.stream().mapToLong(ExtractedDocument::textLength).sum();
    }
}
