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

/** {@code zhiku search}: hybrid search, printed for people or as JSON. */
final class SearchCommand {

    private static final int SNIPPET = 220;

    private final PrintStream out;

    SearchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        CliArgs args = CliArgs.parse(argv, FusionOptions.plus(Set.of("--home", "-k", "--folder", "--type", "--lang",
                "--after",
                "--before")), Set.of("--json", "--keyword-only"));
        String text = String.join(" ", args.positional()).strip();
        if (text.isEmpty()) {
            throw new UsageException("give the words to search for");
        }
        int k = args.intValue("-k", 10, 1, 1000);
        SearchQuery query = new SearchQuery(text, filter(args), k);
        ZhikuHome home = Homes.prepare(args);
        try (Wiring wiring = new Wiring(home, FusionOptions.apply(args, IndexerSettings.defaults()));
             LocalKnowledgeBase kb = wiring.knowledgeBase(!args.flag("--keyword-only"))) {
            SearchResult result = kb.search(query);
            if (args.flag("--json")) {
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
            out.printf(Locale.ROOT, "%d. %s%s  [%.4f]%n", n++, TerminalText.safe(p.displayPath()), where, hit.score());
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

    private static SearchFilter filter(CliArgs args) throws UsageException {
        List<String> folders = args.values("--folder").stream()
                .map(f -> Path.of(f).toAbsolutePath().normalize().toString()).toList();
        Set<String> types = Set.copyOf(args.values("--type").stream()
                .map(t -> t.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).toList());
        Set<String> langs = Set.copyOf(args.values("--lang"));
        return new SearchFilter(folders, types, date(args.value("--after")), date(args.value("--before")), langs);
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
