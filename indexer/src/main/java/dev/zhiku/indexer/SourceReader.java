package dev.zhiku.indexer;

import dev.zhiku.core.Passage;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.catalog.SourceOutcome;
import dev.zhiku.indexer.catalog.SourceRow;
import dev.zhiku.indexer.catalog.StageTimings;
import dev.zhiku.indexer.chunk.Chunk;
import dev.zhiku.indexer.chunk.ChunkPlanner;
import dev.zhiku.indexer.chunk.InformationCheck;
import dev.zhiku.indexer.extract.DocumentExtractor;
import dev.zhiku.indexer.extract.ExtractedDocument;
import dev.zhiku.indexer.extract.Extraction;
import dev.zhiku.indexer.extract.ExtractionFailure;
import dev.zhiku.indexer.extract.OcrSupport;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads one queued source into passages, or into a failure with a reason. Has no side effects. */
final class SourceReader {

    /**
     * Left-out text shorter than this is not reported: separator lines ("-----", "=====") that the chunker cut into
     * passages of their own are formatting; a filler of "AAAA…" or a zero-filled tail is thousands of characters.
     */
    static final int NOTED_NOISE_CHARS = 200;

    /** What reading produced: the outcome for the catalog and the passages for the index. */
    record Result(SourceOutcome outcome, List<StoredPassage> passages, boolean deleted) {
    }

    /** Reading a file that was being read when the process died this many times in a row sets it aside. */
    static final int MAX_ATTEMPTS = 3;

    private final DocumentExtractor extractor;
    private final ChunkPlanner planner;
    private final long keywordOnlyChars;

    SourceReader(DocumentExtractor extractor, ChunkPlanner planner, long keywordOnlyChars) {
        this.extractor = extractor;
        this.planner = planner;
        this.keywordOnlyChars = keywordOnlyChars;
    }

    Result read(SourceRow row, boolean ocr) {
        Path file = Path.of(row.path());
        String type = fileType(file);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Result(null, List.of(), true);
        }
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        if (row.attempts() >= MAX_ATTEMPTS) {
            return new Result(new SourceOutcome(row.path(), null, size, mtime, SourceStatus.FAILED,
                    "Zhiku stopped " + row.attempts() + " times in a row while reading this file; it was set aside "
                            + "to protect the rest (re-index to try again)", type, 0, false, false,
                    StageTimings.NONE, true), List.of(), false);
        }
        String hash;
        try {
            hash = ContentHash.ofFile(file);
        } catch (IOException e) {
            return failure(row, null, size, mtime, type, SourceStatus.FAILED, "cannot be read: " + e.getMessage());
        }
        if (size == 0) {
            return failure(row, hash, size, mtime, type, SourceStatus.SKIPPED, "empty file");
        }
        long t0 = System.nanoTime();
        Extraction extraction;
        try {
            extraction = extractor.extract(file, ocr);
        } catch (ExtractionFailure f) {
            return failure(row, hash, size, mtime, type, f.status(), f.getMessage());
        }
        long t1 = System.nanoTime();
        if (extraction.documents().isEmpty()) {
            if (extraction.needsOcr() && !ocr) {
                boolean canOcr = OcrSupport.tesseractAvailable();
                String reason = canOcr ? "scan without a text layer: waiting for OCR"
                        : "no text layer — install Tesseract (tesseract-ocr, tesseract-ocr-chi-sim) to read scans";
                return new Result(new SourceOutcome(row.path(), hash, size, mtime, SourceStatus.SKIPPED, reason,
                        type, 0, false, canOcr, StageTimings.NONE), List.of(), false);
            }
            String reason = ocr ? "OCR found no text in it" : "no text found in the file";
            return failure(row, hash, size, mtime, type, SourceStatus.SKIPPED, reason);
        }
        Instant modified = Instant.ofEpochMilli(mtime);
        long c1 = ThreadCpu.nanos();
        List<StoredPassage> passages = new ArrayList<>();
        int noise = 0;
        long noiseChars = 0;
        String noiseReason = null;
        for (ExtractedDocument doc : extraction.documents()) {
            List<Chunk> chunks = planner.plan(doc);
            var randomText = InformationCheck.randomCjk(chunks.stream().map(Chunk::text).toList());
            for (Chunk c : chunks) {
                var empty = randomText.isPresent() ? randomText : InformationCheck.noInformation(c.text());
                if (empty.isPresent()) {
                    noise++;
                    noiseChars += c.text().strip().length();
                    noiseReason = empty.get();
                    continue;
                }
                Passage p = new Passage(ContentHash.ofText(row.path() + "\u0000" + doc.member() + "\u0000" + c.index()),
                        row.path(), doc.member(), doc.title(), doc.author(), type, c.language(), c.page(),
                        c.pageLabel(), c.headingPath(), c.text(), c.start(), c.end(), modified);
                passages.add(new StoredPassage(p, ContentHash.ofText(PassageIndex.contextualText(p)), null));
            }
        }
        long c2 = ThreadCpu.nanos();
        if (passages.isEmpty() && noise > 0) {
            return failure(row, hash, size, mtime, type, SourceStatus.SKIPPED, "no readable text: "
                    + noiseReason + "; nothing of it was indexed");
        }
        List<String> notes = new ArrayList<>(extraction.warnings());
        // a rule of dashes between two sections is formatting, not a part of the file the user would miss
        if (noise > 0 && noiseChars >= NOTED_NOISE_CHARS) {
            notes.add(noise + " passage(s) without readable text left out (" + noiseReason + ")");
        }
        boolean vectors = true;
        if (isPlainText(type) && extraction.textLength() > keywordOnlyChars) {
            vectors = false;
            notes.add("large plain-text file: keyword search only, no semantic vectors");
        }
        String reason = notes.isEmpty() ? null : String.join("; ", notes);
        SourceOutcome outcome = new SourceOutcome(row.path(), hash, size, mtime, SourceStatus.INDEXED, reason, type,
                passages.size(), vectors && !passages.isEmpty(), false,
                new StageTimings((t1 - t0) / 1_000_000, (c2 - c1) / 1_000_000, 0));
        return new Result(outcome, passages, false);
    }

    private static Result failure(SourceRow row, String hash, long size, long mtime, String type, SourceStatus status,
                                  String reason) {
        return new Result(new SourceOutcome(row.path(), hash, size, mtime, status, reason, type, 0, false, false,
                StageTimings.NONE), List.of(), false);
    }

    static String fileType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 && name.length() - dot <= 12 ? name.substring(dot + 1) : "";
    }

    private static boolean isPlainText(String type) {
        return type.isEmpty() || type.equals("txt") || type.equals("log") || type.equals("csv") || type.equals("tsv");
    }
}
