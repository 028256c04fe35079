package dev.zhiku.indexer.extract;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ContentHandlerFactory;
import org.xml.sax.ContentHandler;

/**
 * Reads the text of a file, with its parts (mail messages, attachments, archive entries) as separate
 * documents, through Apache Tika. Every problem ends as an {@link ExtractionFailure} with a reason; no file
 * can run longer than the timeout or keep more text than the limit.
 */
public final class DocumentExtractor {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int MIN_CHARS_PER_PAGE = 20;
    private static final long IDLE_WORKER_SECONDS = 10;

    private final ExtractionSettings settings;
    /** Made at the first read: loading Tika's parsers costs ~0.3 s of CPU, which a re-scan that finds nothing to read need not pay. */
    private volatile Parser parser;
    private final boolean plainTextShortcut;
    /**
     * Each file is read on a worker so that it can be abandoned at the timeout. Workers are kept while files keep
     * coming (a thread per file cost a thread start and exit per small file); one abandoned in a stuck parser is
     * simply not reused, and idle ones end after a few seconds. A worker is created by the first thread that needs
     * it and inherits that thread's operating-system priority, so one extractor serves one kind of caller.
     */
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_WORKER_SECONDS,
            TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread t = Thread.ofPlatform().daemon().name("zhiku-extract-" + THREADS.incrementAndGet())
                        .unstarted(task);
                t.setPriority(Thread.currentThread().getPriority());
                return t;
            });

    public DocumentExtractor(ExtractionSettings settings) {
        this(settings, true);
    }

    /** With {@code plainTextShortcut} false, every file goes through Tika's detection (to compare the two). */
    DocumentExtractor(ExtractionSettings settings, boolean plainTextShortcut) {
        this.settings = settings;
        this.plainTextShortcut = plainTextShortcut;
    }

    /**
     * Reads a file. With {@code ocr} true, scans and images are read through Tesseract (slow: background work).
     */
    public Extraction extract(Path file, boolean ocr) throws ExtractionFailure {
        Future<Extraction> result = workers.submit(() -> read(file, ocr));
        try {
            return result.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw ExtractionFailure.failed("took longer than " + settings.timeout().toSeconds()
                    + " s to read; it may be damaged or too complex", null);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw ExtractionFailure.skipped("indexing was stopped before the file was read");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionFailure failure) {
                throw failure;
            }
            throw FailureExplainer.explain(e.getCause());
        }
    }

    private Extraction read(Path file, boolean ocr) throws Exception {
        TextBudget budget = new TextBudget(settings.maxTextChars());
        boolean markdown = isMarkdown(file);
        boolean spreadsheet = isSpreadsheet(file);
        ContentHandlerFactory factory = new ContentHandlerFactory() {
            @Override
            public ContentHandler getNewContentHandler() {
                return new StructuredTextHandler(budget, markdown, spreadsheet);
            }

            @Override
            public ContentHandler getNewContentHandler(java.io.OutputStream os, Charset charset) {
                return getNewContentHandler();
            }
        };
        PartCollector collector = new PartCollector(factory, settings.maxParts());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        Parser shortcut = plainTextShortcut ? Utf8TextParser.forFile(file, Files.size(file), parser()) : null;
        ExpansionGuard guard = new ExpansionGuard(Files.size(file), settings.archives());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            new RecursiveParserWrapper(shortcut != null ? shortcut : parser()).parse(in, collector, metadata,
                    context(ocr, guard));
        } catch (Exception e) {
            refuseBomb(guard);
            throw e;
        }
        refuseBomb(guard);
        return assemble(collector, budget);
    }

    private Parser parser() {
        Parser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = new AutoDetectParser();
                    parser = p;
                }
            }
        }
        return p;
    }

    /** A parser may swallow the guard's exception; the guard itself still knows. */
    private static void refuseBomb(ExpansionGuard guard) throws ExtractionFailure {
        if (guard.refusal().isPresent()) {
            throw ExtractionFailure.skipped(guard.refusal().get());
        }
    }

    private ParseContext context(boolean ocr, ExpansionGuard guard) {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
        ocrConfig.setSkipOcr(!ocr);
        ocrConfig.setLanguage(settings.ocrLanguages());
        ocrConfig.setTimeoutSeconds((int) Math.max(30, settings.timeout().toSeconds()));
        context.set(TesseractOCRConfig.class, ocrConfig);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, parser);
        context.set(HtmlMapper.class, HiddenMarkupHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, new GuardedEmbeddedExtractor(context, guard));
        return context;
    }

    private Extraction assemble(PartCollector collector, TextBudget budget) {
        List<ExtractedDocument> documents = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean needsOcr = false;
        int tooDeep = 0;
        for (PartCollector.Part part : collector.parts()) {
            Metadata m = part.metadata();
            if (!part.container() && depth(memberPath(m)) > settings.maxDepth()) {
                tooDeep++;
                continue;
            }
            String error = m.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
            String member = part.container() ? "" : memberPath(m);
            if (error != null && !part.container()) {
                warnings.add(member + ": could not be read (" + firstLine(error) + ")");
            }
            ExtractedDocument doc = toDocument(member, part.handler().blocks(), m);
            if (part.container()) {
                needsOcr = looksScanned(doc, m);
            }
            if (!doc.blocks().isEmpty()) {
                documents.add(doc);
            }
        }
        if (tooDeep > 0) {
            warnings.add(tooDeep + " parts nested deeper than " + settings.maxDepth() + " levels were not indexed");
        }
        if (collector.hasHitMaximumEmbeddedResources()) {
            warnings.add("only the first " + settings.maxParts() + " attachments or entries were read");
        }
        if (budget.exhausted()) {
            warnings.add("only the first " + settings.maxTextChars() + " characters were indexed");
        }
        return new Extraction(documents, warnings, budget.exhausted(), needsOcr);
    }

    private static ExtractedDocument toDocument(String member, List<TextBlock> blocks, Metadata m) {
        String title = first(m, TikaCoreProperties.TITLE.getName(), "dc:subject", "subject");
        String author = first(m, "Message-From", TikaCoreProperties.CREATOR.getName(), "meta:author", "Author");
        Instant created = m.getDate(TikaCoreProperties.CREATED) != null
                ? m.getDate(TikaCoreProperties.CREATED).toInstant() : null;
        List<String> details = new ArrayList<>();
        for (String key : List.of("Message-To", "Message-Cc")) {
            String[] values = m.getValues(key);
            if (values.length > 0) {
                details.add(key.substring("Message-".length()) + ": " + String.join(", ", values));
            }
        }
        String type = m.get(Metadata.CONTENT_TYPE);
        return new ExtractedDocument(member, title, author, created, type == null ? "" : type, blocks, details);
    }

    private static boolean looksScanned(ExtractedDocument doc, Metadata m) {
        String type = doc.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return doc.textLength() == 0;
        }
        if (type.startsWith("application/pdf")) {
            Integer pages = m.getInt(PagedText.N_PAGES);
            if (pages == null) {
                pages = m.getInt(Office.PAGE_COUNT);
            }
            return doc.textLength() < (long) MIN_CHARS_PER_PAGE * Math.max(1, pages == null ? 1 : pages);
        }
        return false;
    }

    private static int depth(String member) {
        return (int) member.chars().filter(c -> c == '/').count() + 1;
    }

    private static String memberPath(Metadata m) {
        String path = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        if (path == null || path.isBlank()) {
            path = m.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        }
        if (path == null) {
            return "part";
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String first(Metadata m, String... keys) {
        for (String key : keys) {
            String v = m.get(key);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls") || name.endsWith(".xlsb");
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }
}
