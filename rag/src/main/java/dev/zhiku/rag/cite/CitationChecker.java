package dev.zhiku.rag.cite;

import dev.zhiku.core.Citation;
import dev.zhiku.core.Passage;
import dev.zhiku.rag.context.Context;
import dev.zhiku.rag.context.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the [n] markers of an answer against the sources that were given: markers that point at no source are
 * removed, the rest become {@link Citation}s with path, page, offsets and snippet. Understands [1], [1, 2],
 * [1][2], 【1】 and ［1］.
 */
public final class CitationChecker {

    private static final Pattern MARKER = Pattern.compile("[\\[【［]\\s*(\\d{1,3}(?:\\s*[,，、]\\s*\\d{1,3})*)\\s*[\\]】］]");

    private CitationChecker() {
    }

    public static CheckedAnswer check(String answer, Context context) {
        Map<Integer, Source> sources = new LinkedHashMap<>();
        for (Source s : context.sources()) {
            sources.put(s.number(), s);
        }
        Map<Integer, Citation> cited = new LinkedHashMap<>();
        int removed = 0;
        StringBuilder out = new StringBuilder();
        Matcher m = MARKER.matcher(answer);
        int last = 0;
        while (m.find()) {
            out.append(answer, last, m.start());
            List<Integer> valid = new ArrayList<>();
            for (String n : m.group(1).split("\\s*[,，、]\\s*")) {
                int number = Integer.parseInt(n.strip());
                if (sources.containsKey(number)) {
                    valid.add(number);
                    cited.computeIfAbsent(number, k -> citation(sources.get(k)));
                } else {
                    removed++;
                }
            }
            for (int number : valid) {
                out.append('[').append(number).append(']');
            }
            last = m.end();
        }
        out.append(answer.substring(last));
        String text = out.toString().replaceAll("[ \\t]+([.,;:!?。，；：！？])", "$1").replaceAll("[ \\t]{2,}", " ");
        return new CheckedAnswer(text.strip(), new ArrayList<>(cited.values()), removed);
    }

    public static Citation citation(Source source) {
        Passage p = source.hit().passage();
        int start = source.sentences().isEmpty() ? p.startOffset() : source.sentences().getFirst().start();
        int end = source.sentences().isEmpty() ? p.endOffset() : source.sentences().getLast().end();
        return new Citation(source.number(), p.path(), p.member(), p.page(), start, end, source.excerpt(),
                source.hit().score(), source.hit().alsoIn());
    }
}
