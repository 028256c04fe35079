package dev.zhiku.app.cli;

import dev.zhiku.app.json.JsonText;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.Hit;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhiku search}: hybrid search, printed for people or as JSON. */
@Command(name = "search", description = "hybrid search: the passages that match, best first")
final class SearchCommand implements Callable<Integer> {

    private static final int SNIPPET = 220;

    private final PrintStream out;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    @Option(names = "-k", paramLabel = "N", description = "how many passages (default 10)")
    private Integer k;

    @Option(names = "--folder", paramLabel = "DIR", description = "only in this folder (repeatable)")
    private List<String> folders;

    @Option(names = "--type", paramLabel = "EXT", description = "only files of this type, e.g. pdf (repeatable)")
    private List<String> types;

    @Option(names = "--lang", paramLabel = "zh|en", description = "only passages in this language (repeatable)")
    private List<String> langs;

    @Option(names = "--after", paramLabel = "YYYY-MM-DD", description = "only files modified on or after that day")
    private String after;

    @Option(names = "--before", paramLabel = "YYYY-MM-DD", description = "only files modified before that day")
    private String before;

    @Option(names = "--keyword-only", description = "do not use semantic vectors")
    private boolean keywordOnly;

    @Mixin
    private FusionOptions fusion;

    @Parameters(paramLabel = "QUERY", description = "the words to search for")
    private List<String> words;

    SearchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        String text = String.join(" ", Picocli.given(words)).strip();
        if (text.isEmpty()) {
            throw new UsageException("give the words to search for");
        }
        int k = Picocli.bounded("-k", this.k, 10, 1, 1000);
        SearchQuery query = new SearchQuery(text, filter(), k);
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, fusion.apply(IndexerSettings.defaults()));
             LocalKnowledgeBase kb = wiring.knowledgeBase(!keywordOnly)) {
            SearchResult found = kb.search(query);
            // a passage several files hold is one hit naming the others, as in answers (decision 0047)
            SearchResult result = new SearchResult(dev.zhiku.rag.retrieve.Retriever.foldCopies(found.hits()),
                    found.vectorsUsed(), found.tookMillis());
            if (json) {
                out.println(JsonText.write(toJson(text, result)));
            } else {
                print(result);
            }
        }
        return 0;
    }

    private void print(SearchResult result) {
        if (result.hits().isEmpty()) {
            out.println("No passages found.");
            return;
        }
        int n = 1;
        for (Hit hit : result.hits()) {
            Passage p = hit.passage();
            String where = p.page() > 0 ? " (page " + p.page() + ")" : "";
            String also = TerminalText.safe(dev.zhiku.rag.Wording.alsoIn(hit.alsoIn(), hit.alsoIn().size()));
            out.printf(Locale.ROOT, "%d. %s%s%s  [%.4f]%n", n++, TerminalText.safe(p.displayPath()), where, also,
                    hit.score());
            if (!p.headingPath().isEmpty()) {
                out.println("   " + TerminalText.safe(p.headingPath()));
            }
            out.println("   " + TerminalText.safe(snippet(p.text())));
        }
        out.printf(Locale.ROOT, "(%d ms%s)%n", result.tookMillis(), result.vectorsUsed() ? ", keyword + vector"
                : ", keyword only");
    }

    private static Map<String, Object> toJson(String text, SearchResult result) {
        List<Object> hits = new ArrayList<>();
        for (Hit hit : result.hits()) {
            Passage p = hit.passage();
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("path", p.path());
            h.put("member", p.member());
            h.put("citation", p.displayPath());
            h.put("title", p.title());
            h.put("page", p.page());
            h.put("pageLabel", p.pageLabel());
            h.put("heading", p.headingPath());
            h.put("language", p.language());
            h.put("type", p.fileType());
            h.put("start", p.startOffset());
            h.put("end", p.endOffset());
            h.put("score", hit.score());
            h.put("keywordScore", hit.keywordScore());
            h.put("vectorScore", hit.vectorScore());
            h.put("snippet", snippet(p.text()));
            h.put("text", p.text());
            if (!hit.alsoIn().isEmpty()) {
                h.put("alsoIn", hit.alsoIn());
            }
            hits.add(h);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("query", text);
        root.put("tookMs", result.tookMillis());
        root.put("vectorsUsed", result.vectorsUsed());
        root.put("hits", hits);
        return root;
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }

    private SearchFilter filter() throws UsageException {
        List<String> in = Picocli.given(folders).stream()
                .map(f -> Path.of(f).toAbsolutePath().normalize().toString()).toList();
        Set<String> ofType = Set.copyOf(Picocli.given(types).stream()
                .map(t -> t.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).toList());
        return new SearchFilter(in, ofType, date(after), date(before), Set.copyOf(Picocli.given(langs)));
    }

    private static Instant date(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("dates are written YYYY-MM-DD, not " + value);
        }
    }
}
