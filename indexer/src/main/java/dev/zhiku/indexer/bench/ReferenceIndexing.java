package dev.zhiku.indexer.bench;

import dev.zhiku.indexer.discovery.FoundFile;
import dev.zhiku.indexer.discovery.SourceRules;
import dev.zhiku.indexer.discovery.SourceWalker;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The plain way to make files keyword-searchable, as a yardstick: Tika's {@link AutoDetectParser} into a
 * {@link BodyContentHandler}, and one analysed field per file in a Lucene index (standard analyzer, BM25), committed
 * once. It reads the files Zhiku's discovery rules select, on the given number of threads, keeps at most
 * {@code maxChars} per file like Zhiku, and counts a file it cannot read as failed instead of stopping.
 */
public final class ReferenceIndexing {

    /**
     * What the reference run did.
     *
     * @param files         files read (with or without text)
     * @param failed        files Tika could not read
     * @param chars         characters indexed
     * @param extractMillis wall time from the start until the last file was parsed and added
     * @param searchableMillis wall time from the start until the index was committed
     * @param extractCpuMillis CPU time of parsing, summed over threads
     * @param indexCpuMillis   CPU time of adding documents and committing, summed over threads
     */
    public record Result(int files, int failed, long chars, long extractMillis, long searchableMillis,
                         long extractCpuMillis, long indexCpuMillis) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SourceRules rules;
    private final int threads;
    private final long maxChars;

    public ReferenceIndexing(SourceRules rules, int threads, long maxChars) {
        this.rules = rules;
        this.threads = Math.max(1, threads);
        this.maxChars = maxChars;
    }

    /** The files the reference reads below the roots (those Zhiku's discovery rules select). */
    public List<Path> files(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        new SourceWalker(rules).walk(roots, (FoundFile f) -> files.add(f.path()), p -> { });
        return files;
    }

    /** Extracts and indexes the files into a new index in {@code indexDir}. */
    public Result run(List<Path> files, Path indexDir) throws IOException, InterruptedException {
        AutoDetectParser parser = new AutoDetectParser();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        AtomicLong extractCpu = new AtomicLong();
        AtomicLong indexCpu = new AtomicLong();
        long t0 = System.nanoTime();
        long extracted;
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            try (ExecutorService pool = Executors.newFixedThreadPool(threads,
                    Thread.ofPlatform().daemon().name("zhiku-reference-", 1).factory())) {
                List<Future<?>> futures = new ArrayList<>();
                for (Path file : files) {
                    futures.add(pool.submit(() -> {
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        String text = extract(parser, file);
                        long c1 = THREADS.getCurrentThreadCpuTime();
                        extractCpu.addAndGet(c1 - c0);
                        if (text == null) {
                            failed.incrementAndGet();
                            return null;
                        }
                        Document doc = new Document();
                        doc.add(new TextField("body", text, Field.Store.NO));
                        writer.addDocument(doc);
                        chars.addAndGet(text.length());
                        indexCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c1);
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IOException("reference indexing failed: " + e.getCause().getMessage(), e);
                    }
                }
            }
            extracted = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            writer.commit();
            indexCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c);
        }
        long done = System.nanoTime();
        return new Result(files.size(), failed.get(), chars.get(), (extracted - t0) / 1_000_000,
                (done - t0) / 1_000_000, extractCpu.get() / 1_000_000, indexCpu.get() / 1_000_000);
    }

    private String extract(AutoDetectParser parser, Path file) {
        BodyContentHandler handler = new BodyContentHandler((int) Math.min(Integer.MAX_VALUE, maxChars));
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (Exception | StackOverflowError e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return null;
            }
        }
        return handler.toString();
    }
}
