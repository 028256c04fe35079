package dev.zhiku.rag.collection;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.Passage;
import dev.zhiku.core.Route;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SourceInfo;
import dev.zhiku.core.SourceQuery;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a {@link CollectionQuery} against the catalog and the whole index: counts and lists are exact (every
 * matching file, never the top few of a search), one line and one citation per file, language copies of one
 * document on one line ("also in …"). Mentions search every passage for the topic and its other-language names
 * ({@link TopicAliases}) and say how many passages each file has. Summaries and comparisons digest each selected
 * document ({@link DocumentSummarizer}: map-reduce with a model, extractive without).
 */
public final class CollectionAnswerer {

    private static final int MAX_LISTED = 50;
    private static final int DEFAULT_TOP = 10;
    private static final int MAX_DIGESTED = 5;
    private static final int MAX_PASSAGES = 100_000;
    /** A kind word counts where it names the document: in the file name, the title or the opening text. */
    private static final int OPENING_CHARS = 1_500;

    private final KnowledgeBase knowledgeBase;
    private final TextGenerator generator;
    private final ZoneId zone;
    private final Vocabulary vocabulary;

    public CollectionAnswerer(KnowledgeBase knowledgeBase, TextGenerator generator, ZoneId zone) {
        this(knowledgeBase, generator, zone, Vocabulary.standard());
    }

    public CollectionAnswerer(KnowledgeBase knowledgeBase, TextGenerator generator, ZoneId zone,
                              Vocabulary vocabulary) {
        this.knowledgeBase = knowledgeBase;
        this.generator = generator;
        this.zone = zone;
        this.vocabulary = vocabulary;
    }

    /** The answer, or empty when the query cannot be served (a named file that is not there): answer normally. */
    public Optional<Answer> answer(CollectionQuery query, String question, AnswerListener listener,
                                   GenerationControl control) {
        long t0 = System.nanoTime();
        Language language = Language.of(question);
        List<SourceInfo> files = matching(query);
        return switch (query.intent()) {
            case MENTIONS -> Optional.of(mentions(query, files, language, t0));
            case SUMMARIZE, COMPARE -> digest(query, files, language, listener, control, t0);
            default -> Optional.of(listing(query, files, language, t0));
        };
    }

    /** Every indexed file that passes all the query's filters, most recently modified first. */
    List<SourceInfo> matching(CollectionQuery q) {
        List<SourceInfo> files = knowledgeBase.sources(new SourceQuery(instant(q.from()), instant(q.to()),
                FileTypes.extensions(q.types()), null, Integer.MAX_VALUE));
        List<SourceInfo> out = new ArrayList<>();
        Set<String> ofKinds = q.kinds().isEmpty() ? null : pathsOfKinds(q.kinds());
        Set<String> exact = exactNames(q.names(), files);
        for (SourceInfo s : files) {
            if ((q.folder() == null || inFolder(s.path(), q.folder()))
                    && (q.names().isEmpty() || named(s.path(), q.names(), exact))
                    && (ofKinds == null || ofKinds.contains(s.path()) || nameHasKind(s.path(), q.kinds()))
                    && (q.author() == null || byAuthor(s.path(), q.author()))) {
                out.add(s);
            }
        }
        return out;
    }

    private Instant instant(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static boolean inFolder(String path, String folder) {
        String wanted = folder.toLowerCase(Locale.ROOT).replace('\\', '/');
        String p = path.toLowerCase(Locale.ROOT).replace('\\', '/');
        int slash = p.lastIndexOf('/');
        String dir = slash < 0 ? "" : p.substring(0, slash);
        for (String segment : dir.split("/")) {
            if (segment.equals(wanted)) {
                return true;
            }
        }
        return wanted.contains("/") && (dir + "/").contains(wanted.endsWith("/") ? wanted : wanted + "/");
    }

    /**
     * The given names (lower case) that some file has exactly: such a name means that file only. "summarize
     * wal-configuration.pdf" is not also "wal-configuration-slides.pptx", which the name without its extension
     * matches.
     */
    private static Set<String> exactNames(List<String> names, List<SourceInfo> files) {
        Set<String> wanted = new HashSet<>();
        names.forEach(n -> wanted.add(n.toLowerCase(Locale.ROOT)));
        Set<String> out = new HashSet<>();
        for (SourceInfo s : files) {
            String file = fileName(s.path()).toLowerCase(Locale.ROOT);
            if (wanted.contains(file)) {
                out.add(file);
            }
        }
        return out;
    }

    private static boolean named(String path, List<String> names, Set<String> exact) {
        String file = fileName(path).toLowerCase(Locale.ROOT);
        for (String n : names) {
            String name = n.toLowerCase(Locale.ROOT);
            if (exact.contains(name)) {
                if (file.equals(name)) {
                    return true;
                }
                continue;
            }
            int dot = name.lastIndexOf('.');
            if (file.equals(name) || file.contains(name) || (dot > 0 && file.contains(name.substring(0, dot)))) {
                return true;
            }
        }
        return false;
    }

    private boolean nameHasKind(String path, Set<String> kinds) {
        String file = fileName(path).toLowerCase(Locale.ROOT);
        return kinds.stream().flatMap(k -> vocabulary.phrases("kindwords." + k).stream())
                .anyMatch(w -> file.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** Files whose title or opening text holds a word of one of the kinds, in either language. */
    private Set<String> pathsOfKinds(Set<String> kinds) {
        Set<String> paths = new HashSet<>();
        for (String kind : kinds) {
            for (String word : vocabulary.phrases("kindwords." + kind)) {
                String w = word.toLowerCase(Locale.ROOT);
                for (Passage p : knowledgeBase.passagesContaining(word, SearchFilter.none(), MAX_PASSAGES)) {
                    if (p.startOffset() < OPENING_CHARS || p.title().toLowerCase(Locale.ROOT).contains(w)) {
                        paths.add(p.path());
                    }
                }
            }
        }
        return paths;
    }

    /** The author (or sender) the document's metadata gives, or a byline in its opening text. */
    private boolean byAuthor(String path, String author) {
        String wanted = author.toLowerCase(Locale.ROOT);
        List<Passage> passages = knowledgeBase.passages(path);
        if (passages.isEmpty()) {
            return false;
        }
        Passage first = passages.getFirst();
        if (first.author() != null && first.author().toLowerCase(Locale.ROOT).contains(wanted)) {
            return true;
        }
        String opening = first.text().toLowerCase(Locale.ROOT);
        for (String byline : List.of("author:", "author：", "by ", "作者：", "作者:", "作者 ", "撰写：", "撰写人：")) {
            int at = opening.indexOf(byline);
            if (at >= 0 && opening.substring(at, Math.min(opening.length(), at + byline.length() + 40))
                    .contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    // ---- count, list, recent, largest, oldest

    private Answer listing(CollectionQuery q, List<SourceInfo> files, Language language, long t0) {
        List<SourceInfo> sorted = new ArrayList<>(files);
        switch (q.intent()) {
            case LARGEST -> sorted.sort(Comparator.comparingLong(SourceInfo::sizeBytes).reversed());
            case OLDEST -> sorted.sort(Comparator.comparing(SourceInfo::modified));
            default -> sorted.sort(Comparator.comparing(SourceInfo::modified).reversed());
        }
        Map<String, List<SourceInfo>> documents = byDocument(sorted);
        boolean top = q.intent() == QueryIntent.RECENT || q.intent() == QueryIntent.LARGEST
                || q.intent() == QueryIntent.OLDEST;
        int shown = top ? (q.limit() > 0 ? q.limit() : DEFAULT_TOP) : q.limit() > 0 ? q.limit() : MAX_LISTED;
        boolean zh = language == Language.ZH;
        StringBuilder text = new StringBuilder(headline(q, files.size(), documents.size(), zh));
        List<Citation> citations = new ArrayList<>();
        if (!documents.isEmpty()) {
            text.append("\n\n").append(zh ? "| | 文件 | 修改日期 | 大小 |" : "| | File | Changed | Size |")
                    .append("\n| --- | --- | --- | --- |");
        }
        int line = 0;
        for (List<SourceInfo> copies : documents.values()) {
            if (line++ >= shown) {
                text.append(zh ? "\n\n…另有 " + (documents.size() - shown) + " 个未列出。"
                        : "\n\n… and " + (documents.size() - shown) + " more not listed.");
                break;
            }
            SourceInfo main = copies.getFirst();
            text.append("\n| ").append(line).append(" | ").append(cell(copies, citations, zh)).append(" | ")
                    .append(day(main.modified())).append(" | ").append(size(main.sizeBytes())).append(" |");
        }
        boolean empty = files.isEmpty() && q.intent() != QueryIntent.COUNT;
        return new Answer(text.toString(), empty, Route.EXTRACTIVE, citations, timings(t0), "");
    }

    /** A file and its language copies in one table cell, each with its citation number. */
    private static String cell(List<SourceInfo> copies, List<Citation> citations, boolean zh) {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < copies.size(); i++) {
            SourceInfo s = copies.get(i);
            int n = citations.size() + 1;
            citations.add(new Citation(n, s.path(), "", 0, 0, 0, "", 0));
            cell.append(i == 1 ? (zh ? "；另有语言版本 " : "; also in ") : i > 1 ? ", " : "")
                    .append(tableText(fileName(s.path()))).append(" [").append(n).append(']');
        }
        return cell.toString();
    }

    private static String tableText(String text) {
        return text.replace('|', '¦');
    }

    private String headline(CollectionQuery q, int files, int documents, boolean zh) {
        String what = QueryWording.describe(q, zh);
        String copies = documents == files ? "" : zh ? "（" + documents + " 份文档，部分有多个语言版本）"
                : " (" + documents + " documents; some in more than one language)";
        return switch (q.intent()) {
            case COUNT -> zh ? what + "：共 " + files + " 个文件" + copies + "。"
                    : what + ": " + files + (files == 1 ? " file" : " files") + copies + ".";
            case RECENT -> zh ? what + "，最近修改的在前（共 " + files + " 个）：" : what + ", most recently changed first ("
                    + files + " in all):";
            case LARGEST -> zh ? what + "，最大的在前（共 " + files + " 个）：" : what + ", largest first (" + files
                    + " in all):";
            case OLDEST -> zh ? what + "，最早的在前（共 " + files + " 个）：" : what + ", oldest first (" + files
                    + " in all):";
            default -> zh ? what + "：共 " + files + " 个" + copies + "。" : what + ": " + files + copies + ".";
        };
    }

    /** Files grouped by document (language copies together), in the given order. */
    private static Map<String, List<SourceInfo>> byDocument(List<SourceInfo> files) {
        Map<String, List<SourceInfo>> out = new LinkedHashMap<>();
        for (SourceInfo s : files) {
            out.computeIfAbsent(LanguageCopies.documentKey(s.path()), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    // ---- mentions

    private Answer mentions(CollectionQuery q, List<SourceInfo> files, Language language, long t0) {
        boolean zh = language == Language.ZH;
        boolean filtered = !q.types().isEmpty() || !q.kinds().isEmpty() || q.folder() != null || q.from() != null
                || q.to() != null || q.author() != null || !q.names().isEmpty();
        Set<String> allowed = new HashSet<>();
        files.forEach(s -> allowed.add(s.path()));
        List<Passage> direct = knowledgeBase.passagesContaining(q.topic(), SearchFilter.none(), MAX_PASSAGES);
        Set<String> terms = new LinkedHashSet<>();
        terms.add(q.topic());
        terms.addAll(TopicAliases.known(q.topic()));
        terms.addAll(TopicAliases.fromText(q.topic(), direct));
        Map<String, List<Passage>> perFile = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String term : terms) {
            List<Passage> found = term.equals(q.topic()) ? direct
                    : knowledgeBase.passagesContaining(term, SearchFilter.none(), MAX_PASSAGES);
            for (Passage p : found) {
                if ((!filtered || allowed.contains(p.path())) && seen.add(p.id())) {
                    perFile.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        List<Map.Entry<String, List<Passage>>> ranked = new ArrayList<>(perFile.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        Map<String, List<Map.Entry<String, List<Passage>>>> documents = new LinkedHashMap<>();
        for (Map.Entry<String, List<Passage>> e : ranked) {
            documents.computeIfAbsent(LanguageCopies.documentKey(e.getKey()), k -> new ArrayList<>()).add(e);
        }
        String others = terms.size() == 1 ? "" : zh ? "（也查了：" + String.join("、", terms.stream().skip(1).toList())
                + "）" : " (also searched: " + String.join(", ", terms.stream().skip(1).toList()) + ")";
        String scope = filtered ? QueryWording.describe(q, zh) : zh ? "文档" : "Documents";
        StringBuilder text = new StringBuilder(zh ? "提到“" + q.topic() + "”的" + (filtered ? scope : "文档") + others
                + "：共 " + perFile.size() + " 个文件。" : scope + " that mention “" + q.topic() + "”" + others + ": "
                + perFile.size() + (perFile.size() == 1 ? " file." : " files."));
        List<Citation> citations = new ArrayList<>();
        if (!documents.isEmpty()) {
            text.append("\n\n").append(zh ? "| | 文件 | 段落数 | 起始页 |" : "| | File | Passages | From page |")
                    .append("\n| --- | --- | --- | --- |");
        }
        int line = 0;
        for (List<Map.Entry<String, List<Passage>>> copies : documents.values()) {
            if (line++ >= MAX_LISTED) {
                text.append(zh ? "\n\n…其余未列出。" : "\n\n… more not listed.");
                break;
            }
            StringBuilder cell = new StringBuilder();
            StringBuilder counts = new StringBuilder();
            int page = 0;
            for (int i = 0; i < copies.size(); i++) {
                List<Passage> passages = copies.get(i).getValue();
                passages.sort(Comparator.comparingInt(Passage::startOffset));
                Passage p = passages.getFirst();
                int n = citations.size() + 1;
                citations.add(new Citation(n, p.path(), p.member(), p.page(), p.startOffset(), p.endOffset(),
                        snippet(p.text(), terms), 0));
                cell.append(i == 1 ? (zh ? "；另有语言版本 " : "; also in ") : i > 1 ? ", " : "")
                        .append(tableText(fileName(p.path()))).append(" [").append(n).append(']');
                counts.append(i == 0 ? "" : " + ").append(passages.size());
                if (i == 0) {
                    page = p.page();
                }
            }
            text.append("\n| ").append(line).append(" | ").append(cell).append(" | ").append(counts).append(" | ")
                    .append(page > 0 ? String.valueOf(page) : "").append(" |");
        }
        return new Answer(text.toString(), perFile.isEmpty(), Route.EXTRACTIVE, citations, timings(t0), "");
    }

    // ---- summarize, compare

    private Optional<Answer> digest(CollectionQuery q, List<SourceInfo> files, Language language,
                                    AnswerListener listener, GenerationControl control, long t0) {
        boolean zh = language == Language.ZH;
        if (files.isEmpty()) {
            if (!q.names().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Answer(QueryWording.describe(q, zh) + (zh ? "：没有找到。" : ": none found."), true,
                    Route.EXTRACTIVE, List.of(), timings(t0), ""));
        }
        List<SourceInfo> chosen = new ArrayList<>(byDocument(files).values().stream().map(List::getFirst).toList());
        int most = q.limit() > 0 ? q.limit() : MAX_DIGESTED;
        chosen = chosen.subList(0, Math.min(most, chosen.size()));
        DocumentSummarizer summarizer = new DocumentSummarizer(generator);
        StringBuilder text = new StringBuilder();
        if (q.intent() == QueryIntent.COMPARE) {
            text.append(zh ? "逐个列出 " + chosen.size() + " 份文档的要点，便于对比：" : "The " + chosen.size()
                    + " documents side by side:");
        }
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < chosen.size() && !control.isStopped(); i++) {
            if (chosen.size() > 1) {
                listener.onProgress(i, chosen.size());
            }
            SourceInfo s = chosen.get(i);
            List<Passage> passages = knowledgeBase.passages(s.path());
            if (passages.isEmpty()) {
                continue;
            }
            int n = citations.size() + 1;
            Passage first = passages.getFirst();
            citations.add(new Citation(n, first.path(), first.member(), first.page(), 0,
                    passages.getLast().endOffset(), "", 0));
            String summary = summarizer.summarize(passages, language,
                    chosen.size() == 1 ? listener : AnswerListener.NONE, control);
            text.append(text.isEmpty() ? "" : "\n\n").append(zh ? "《" + fileName(s.path()) + "》[" + n + "]：\n"
                    : fileName(s.path()) + " [" + n + "]:\n").append(summary);
        }
        if (chosen.size() > 1) {
            listener.onProgress(chosen.size(), chosen.size());
        }
        return Optional.of(new Answer(text.toString(), false, generator == null ? Route.EXTRACTIVE : Route.LOCAL,
                citations, timings(t0), generator == null ? "" : generator.id()));
    }

    // ---- wording

    private String day(Instant t) {
        return t == null ? "" : LocalDate.ofInstant(t, zone).toString();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String snippet(String text, Set<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        int i = -1;
        for (String t : terms) {
            i = lower.indexOf(t.toLowerCase(Locale.ROOT));
            if (i >= 0) {
                break;
            }
        }
        int from = Math.max(0, i - 60);
        int to = Math.min(text.length(), Math.max(i, 0) + 120);
        return text.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static AnswerTimings timings(long t0) {
        return new AnswerTimings(0, -1, (System.nanoTime() - t0) / 1_000_000, 0);
    }
}
