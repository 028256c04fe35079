/**
 * Reading files into structured text with Apache Tika: {@link dev.zhiku.indexer.extract.DocumentExtractor}
 * returns an {@link dev.zhiku.indexer.extract.Extraction} of documents made of
 * {@link dev.zhiku.indexer.extract.TextBlock}s (paragraphs and headings with page, slide or sheet), or an
 * {@link dev.zhiku.indexer.extract.ExtractionFailure} whose message a person can act on. To support a new
 * format, add a Tika parser to the class path; to change what counts as structure, change
 * {@code StructuredTextHandler}.
 */
package dev.zhiku.indexer.extract;
