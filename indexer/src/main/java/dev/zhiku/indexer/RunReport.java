package dev.zhiku.indexer;

/**
 * What one indexing run did and how long its phases took (milliseconds from the start of the run).
 *
 * @param scan             the scan
 * @param read             sources read
 * @param embedded         passages embedded (not counting those found in the cache)
 * @param ocr              sources read with OCR
 * @param scannedMillis    when the scan finished
 * @param keywordMillis    when every source was keyword-searchable
 * @param vectorsMillis    when every passage had its vector
 * @param totalMillis      when the run ended
 * @param cancelled        whether the run was cancelled
 */
public record RunReport(ScanReport scan, int read, long embedded, int ocr, long scannedMillis, long keywordMillis,
                        long vectorsMillis, long totalMillis, boolean cancelled) {
}
