package dev.zhiku.rag.collection;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.Passage;
import dev.zhiku.core.Route;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SourceInfo;
import dev.zhiku.core.SourceQuery;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Language;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers questions about the collection from the catalog and the index: lists of documents that mention
 * something, files changed in a period, counts, and summaries of a whole document ({@link DocumentSummarizer}).
 */
public final class CollectionAnswerer {

    private static final int MAX_LISTED = 50;
    private static final int SEARCH_DEPTH = 400;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final KnowledgeBase knowledgeBase;
    private final TextGenerator generator;
    private final ZoneId zone;

    public CollectionAnswerer(KnowledgeBase knowledgeBase, TextGenerator generator, ZoneId zone) {
        this.knowledgeBase = knowledgeBase;
        this.generator = generator;
        this.zone = zone;
    }

    /** The answer, or empty when the intent cannot be served (then the question is answered normally). */
    public Optional<Answer> answer(CollectionIntent intent, String question, AnswerListener listener,
                                   GenerationControl control) {
        long t0 = System.nanoTime();
        Language language = Language.of(question);
        return switch (intent) {
            case CollectionIntent.Mentions m -> Optional.of(list(mentioning(m.term(), 0), language,
                    language == Language.ZH ? "提到“" + m.term() + "”的文档" : "Documents that mention “" + m.term() + "”",
                    t0));
            case CollectionIntent.Count c -> Optional.of(list(mentioning(singular(c.term()), c.year()), language,
                    language == Language.ZH ? "符合“" + c.term() + "”" + (c.year() > 0 ? "（" + c.year() + "年）" : "")
                            + "的文档" : "Documents about “" + c.term() + "”" + (c.year() > 0 ? " from " + c.year() : ""),
                    t0));
            case CollectionIntent.Changed ch -> Optional.of(changed(ch, language, t0));
            case CollectionIntent.Summarize s -> summarize(s, language, listener, control, t0);
        };
    }

    /** Distinct files (or parts) whose passages contain every word of the term, best first. */
    private List<Map.Entry<Passage, String>> mentioning(String term, int year) {
        List<String> words = List.of(term.toLowerCase(Locale.ROOT).split("\\s+"));
        Map<String, Map.Entry<Passage, String>> files = new LinkedHashMap<>();
        for (Hit hit : knowledgeBase.search(SearchQuery.of(term, SEARCH_DEPTH)).hits()) {
            Passage p = hit.passage();
            String text = p.text().toLowerCase(Locale.ROOT);
            String name = p.displayPath().toLowerCase(Locale.ROOT);
            boolean mentions = words.stream().allMatch(w -> text.contains(w) || name.contains(w));
            boolean inYear = year == 0 || text.contains(Integer.toString(year))
                    || (p.modified() != null && p.modified().atZone(zone).getYear() == year);
            if (mentions && inYear) {
                files.putIfAbsent(p.displayPath(), Map.entry(p, snippet(p.text(), words.getFirst())));
            }
        }
        return new ArrayList<>(files.values());
    }

    private Answer list(List<Map.Entry<Passage, String>> found, Language language, String title, long t0) {
        StringBuilder text = new StringBuilder(title).append(language == Language.ZH ? "：共 " + found.size() + " 个。"
                : ": " + found.size() + ".");
        List<Citation> citations = new ArrayList<>();
        for (Map.Entry<Passage, String> e : found.subList(0, Math.min(MAX_LISTED, found.size()))) {
            Passage p = e.getKey();
            int n = citations.size() + 1;
            text.append("\n- ").append(fileName(p.displayPath())).append(" [").append(n).append(']');
            citations.add(new Citation(n, p.path(), p.member(), p.page(), p.startOffset(), p.endOffset(), e.getValue(),
                    0));
        }
        return new Answer(text.toString(), found.isEmpty(), Route.EXTRACTIVE, citations, timings(t0), "");
    }

    private Answer changed(CollectionIntent.Changed ch, Language language, long t0) {
        List<SourceInfo> sources = knowledgeBase.sources(new SourceQuery(ch.from(), ch.to(), null, null, MAX_LISTED));
        StringBuilder text = new StringBuilder(language == Language.ZH ? "这段时间修改过的文件：共 " + sources.size() + " 个。"
                : "Files changed in that period: " + sources.size() + ".");
        List<Citation> citations = new ArrayList<>();
        for (SourceInfo s : sources) {
            int n = citations.size() + 1;
            text.append("\n- ").append(fileName(s.path())).append(" (").append(DAY.format(s.modified().atZone(zone)))
                    .append(") [").append(n).append(']');
            citations.add(new Citation(n, s.path(), "", 0, 0, 0, "", 0));
        }
        return new Answer(text.toString(), sources.isEmpty(), Route.EXTRACTIVE, citations, timings(t0), "");
    }

    private Optional<Answer> summarize(CollectionIntent.Summarize s, Language language, AnswerListener listener,
                                       GenerationControl control, long t0) {
        List<SourceInfo> matches = knowledgeBase.sources(new SourceQuery(null, null, null, s.document(), 2));
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        SourceInfo source = matches.getFirst();
        List<Passage> passages = knowledgeBase.passages(source.path());
        DocumentSummarizer summarizer = new DocumentSummarizer(generator);
        String summary = summarizer.summarize(passages, language, listener, control);
        Passage first = passages.isEmpty() ? null : passages.getFirst();
        List<Citation> citations = first == null ? List.of() : List.of(new Citation(1, first.path(), first.member(),
                first.page(), 0, passages.getLast().endOffset(), "", 0));
        String text = (language == Language.ZH ? "《" + fileName(source.path()) + "》摘要 [1]：\n"
                : "Summary of " + fileName(source.path()) + " [1]:\n") + summary;
        return Optional.of(new Answer(text, false, generator == null ? Route.EXTRACTIVE : Route.LOCAL, citations,
                timings(t0), generator == null ? "" : generator.id()));
    }

    private static String singular(String term) {
        String t = term.strip();
        if (t.endsWith("ies")) {
            return t.substring(0, t.length() - 3) + "y";
        }
        return t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
    }

    private static String snippet(String text, String word) {
        int i = text.toLowerCase(Locale.ROOT).indexOf(word);
        int from = Math.max(0, i - 60);
        int to = Math.min(text.length(), Math.max(i, 0) + 120);
        return text.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    private static String fileName(String path) {
        Path name = Path.of(path.replace("!/", "/")).getFileName();
        return name == null ? path : path.contains("!/") ? Path.of(path.substring(0, path.indexOf("!/")))
                .getFileName() + " › " + path.substring(path.indexOf("!/") + 2) : name.toString();
    }

    private static AnswerTimings timings(long t0) {
        return new AnswerTimings(0, -1, (System.nanoTime() - t0) / 1_000_000, 0);
    }
}
