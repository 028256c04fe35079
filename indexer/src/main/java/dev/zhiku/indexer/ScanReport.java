package dev.zhiku.indexer;

/** What a scan found: sources queued (new or changed), unchanged, deleted, and problems met. */
public record ScanReport(int queued, int unchanged, int deleted, int problems) {
}
