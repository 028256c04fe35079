package dev.zhiku.rag.evidence;

import dev.zhiku.core.Hit;
import dev.zhiku.core.Passage;
import dev.zhiku.core.text.SentenceSplitter;
import dev.zhiku.core.translate.BilingualDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the sentences of the best passages against the question: the share of the question's words a sentence
 * contains, each word weighted by how rare it is among the retrieved passages (a word every passage has says
 * little), plus a small bonus for better-ranked passages. A Chinese sentence is scored against an English question
 * by the names it gives as Chinese writes them (the only words the two can share). When the question asks for a
 * default ("with the default configuration", "默认"), a sentence stating one ("The default is one second") in a
 * passage of the best sentences by words gets a bonus; so does a sentence stating a condition ("only allowed if",
 * "只有…才") when the question asks what is needed first. Duplicate sentences are dropped, and so are headings,
 * captions and navigation lines ({@link AnswerLines}): they are never quoted as an answer.
 */
public final class SentenceSelector {

    private static final double RANK_PRIOR = 0.15;
    private static final double QUANTITY_BONUS = 0.15;
    private static final int MIN_CHARS = 12;
    private static final double SEMANTIC_WEIGHT =
            Double.parseDouble(System.getProperty("zhiku.evidence.semanticWeight", "1.0"));
    private static final int EMBEDDED_BY_WORDS = Integer.getInteger("zhiku.evidence.byWords", 8);
    private static final int EMBEDDED_ACROSS = Integer.getInteger("zhiku.evidence.across", 8);
    private static final int EMBEDDED_CHARS = 240;
    /**
     * The best sentences by words whose next sentence of the same file is weighed by meaning too: what to do often
     * follows the sentence that repeats the question ("If ssh suddenly stops … the host key changed. Once you are
     * sure …, delete it from known_hosts.") and shares none of its words (decision 0074).
     */
    private static final int NEIGHBOURS = Integer.getInteger("zhiku.evidence.neighbours", 8);
    /** Longest description of a term quoted whole ({@link #descriptions}). */
    private static final int DESCRIPTION_CHARS = 300;
    private static final java.util.regex.Pattern PARAGRAPH_GAP = java.util.regex.Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final boolean LIST_ITEMS = !Boolean.getBoolean("zhiku.evidence.listItemsOff");
    /** Items a lead-in must be followed by to be a list: two are often a label and a sentence ("型号：… 单价：…"). */
    private static final int LIST_MIN_ITEMS = Integer.getInteger("zhiku.evidence.listMinItems", 3);
    /** A line that starts with an option: "-s, --since", "--exclude-vcs", "-n N". */
    private static final java.util.regex.Pattern OPTION_LINE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*(--?[A-Za-z0-9][\\w-]*)");
    private static final double SHAPE_BONUS =
            Double.parseDouble(System.getProperty("zhiku.evidence.shapeBonus", "0.1"));
    /** One word may say whose name is asked: "which pg_dumpall option", "which built-in role" (decision 0090). */
    private static final java.util.regex.Pattern ASKS_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(which|what) (?:(?!(?:is|are|was|were|the|a|an|do|does|did|this|that|its|their)\\b)[\\w.-]+ )?"
                    + "(option|setting|parameter|flag|switch|command|role|function|tool|program|utility|"
                    + "variable|key|mode|keyword|clause|privilege)s?\\b|\\bwhat (is|are) the names?\\b"
                    + "|\\bwhich (?:\\w+ )?(?:type|class|format|package|method|scheme)s?\\b"
                    // a file: "which file", "where is the configuration file", "哪个文件", "配置文件是哪个"
                    + "|\\b(?:which|what) (?:[\\w-]+ ){0,2}?(?:file|directory|folder)s?\\b"
                    + "|\\bwhere (?:is|are|does|do) (?:the )?(?:[\\w-]+ ){0,4}?(?:file|directory|folder)s?\\b"
                    + "|哪个(?:配置)?(?:文件|目录)|哪些(?:配置)?(?:文件|目录)|(?:文件|目录)是哪"
                    + "|\\bis there (?:an?|any|some) (?:[\\w-]+ ){0,3}?(?:option|setting|parameter|flag|command|tool|program"
                    + "|utility|class|type|package|way|function)s?\\b"
                    + "|哪个(选项|参数|设置|命令|工具|程序|函数|角色|变量|模式)|用什么(命令|工具|程序|选项|参数)"
                    + "|什么(命令|选项|参数|工具|设置|软件)|有没有.{0,30}?(软件|工具|命令|程序|办法|方法|选项|参数)"
                    + "|怎样|怎么|如何");
    /** An option, a snake_case or dotted name, or a short quoted command: how documents write names. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "(?<![\\w-])--?[A-Za-z][\\w-]*|\\b[a-z]+(?:_[a-z0-9]+)+\\b|\\b[a-z]+\\.[a-z][\\w.]*\\b"
                    + "|\"[^\"\\n]{2,40}\"|“[^”\\n]{2,40}”"
                    // a name with a digit ("fail2ban", "scram-sha-256", "md5sum") or a manual page's ("iconv(1)")
                    + "|(?<![\\w-])(?=[a-z0-9-]*\\d)[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\\w-])|\\b[a-z][\\w.+-]*\\(\\d\\)");
    private static final int LONG_SENTENCE_TOKENS = 60;
    /** A question about what happens when nothing is chosen: "with the default configuration", "unless I set". */
    private static final java.util.regex.Pattern ASKS_DEFAULT = java.util.regex.Pattern.compile(
            "(?i)\\bdefaults?\\b|\\bunless I\\b|\\bwithout (?:choosing|setting|specifying|giving|any)\\b"
                    + "|\\bif I (?:don't|do not) (?:set|choose|specify|give)\\b|默认|缺省|不加任何参数|不指定|不带参数");
    /**
     * A question about changing a default, "How do I change the default shell of a user?", "怎样修改默认编辑器？":
     * it asks how, not what the default is, and "Defaults to 1." of some page is no answer to it.
     */
    private static final java.util.regex.Pattern CHANGES_DEFAULT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:change|set|make|switch|modify|alter|override|replace|configure)s?\\b(?: [\\w'-]+)?"
                    + " (?:the |a |my |its |their )?defaults?\\b"
                    + "|(?:修改|更改|改变|更换|设置|设定|指定|换)[^，。？?]{0,6}默认|(?:设|改|换)(?:为|成)默认");
    /** A sentence that states a default: "The default is one second (1s)", "This is 16392 by default", "默认为". */
    private static final java.util.regex.Pattern STATES_DEFAULT = java.util.regex.Pattern.compile(
            "(?i)\\bthe default (?:is|value is|setting is)\\b|\\bby default\\b|\\(the default\\)|\\bdefaults to\\b"
                    + "|默认(?:值)?(?:是|为)|缺省(?:值)?(?:是|为)");
    /**
     * A question about what something needs first: "what does the view need before …", "what is required to …",
     * "需要满足什么条件", "前提是什么".
     */
    private static final java.util.regex.Pattern ASKS_REQUIREMENT = java.util.regex.Pattern.compile(
            "(?i)\\bwhat (?:does|do|did) (?:[\\w'-]+ ){1,4}(?:need|require)\\b|\\bwhat (?:is|are) (?:needed|required)\\b"
                    + "|\\b(?:prerequisites?|requirements?)\\b|\\bwhat do I (?:need|have) to (?:do|have) (?:first|before)\\b"
                    + "|需要(?:满足)?(?:什么|哪些)(?:条件|前提)|(?:什么|哪些)(?:条件|前提|要求)|前提(?:条件)?是什么|必须先.{0,20}什么");
    /** A sentence that states a condition: "only allowed if", "requires a UNIQUE index", "只有…才", "必须". */
    private static final java.util.regex.Pattern STATES_REQUIREMENT = java.util.regex.Pattern.compile(
            "(?i)\\bonly (?:be )?(?:allowed|possible|permitted|available|supported|used|works?|valid) (?:if|when|with)\\b"
                    + "|\\b(?:requires?|is required|are required|must (?:have|be|first))\\b|\\bunless there is\\b"
                    + "|只有.{1,40}才|必须|前提是|要求(?:有|是)|需要先");
    /** Best sentences by words whose passages may state the asked default. */
    private static final int LEADING = 4;
    private static final double DEFAULT_BONUS =
            Double.parseDouble(System.getProperty("zhiku.evidence.defaultBonus", "0.4"));
    static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");
    /**
     * What an English sentence's share of a Chinese question's words, translated by the dictionary, counts for
     * against a Chinese sentence's share of the words themselves: the translations are candidates, several per
     * word and some wrong (decision 0061: 0.3 of 0.3-1.0 measured; more let unrelated English sentences in). At 0.3
     * the rank of a passage outweighed two translated words of a sentence in the next one; 0.35-0.45 give the same
     * answers on all three eval sets, 0.5 loses one (decision 0083).
     */
    private static final double CROSS_WEIGHT =
            Double.parseDouble(System.getProperty("zhiku.evidence.crossWeight", "0.4"));
    private static final java.util.regex.Pattern ASKS_QUANTITY = java.util.regex.Pattern.compile(
            "(?i)how (many|much|long|big|large|often|old)|\\b(limit|maximum|minimum|largest|smallest|default|size|"
                    + "number of|version)\\b|多少|几[个台次天年月种]?|多大|多长|多久|上限|最大|最小|默认|哪个版本");

    /**
     * What a sentence's words and meaning count for when the question names a tool with a word of no everyday
     * English ({@code pwck}, {@code pg_dumpall}) that some file found is named after, and neither the sentence nor
     * its file has that word: it is about another tool ("The chage program will also not report any inconsistency
     * …" for a question on pwck, in a passage of chage's page that mentions pwck once). Decision 0081: 0.5 and 0.7
     * gave the same answers, 0.85 none of the gains; decision 0087: judged by the sentence, not by its passage,
     * and its meaning weighed down too (the meaning of a sentence about chage or passwd outweighed the words of
     * pwck's own option).
     */
    static final double NAMELESS = 0.5;
    private static final boolean NAMELESS_BY_PASSAGE = Boolean.getBoolean("zhiku.evidence.namelessByPassage");
    private static final double NAMELESS_MEANING =
            Double.parseDouble(System.getProperty("zhiku.evidence.namelessMeaning", "0.5"));

    private SentenceSelector() {
    }

    /** Ranks by words only (no embedding model at hand). */
    public static List<EvidenceSentence> rank(String question, List<Hit> hits, int passages) {
        return rank(question, hits, passages, Similarity.NONE);
    }

    /**
     * Ranks by words and, where {@code similarity} gives them, by meaning: the cosine of a sentence's embedding to
     * the question's. Meaning is what finds the sentence in a passage of another language, and the sentence that
     * answers in other words ("fast is the default" for "which mode is used if I choose none").
     */
    public static List<EvidenceSentence> rank(String question, List<Hit> hits, int passages, Similarity similarity) {
        Set<String> query = questionTerms(question);
        boolean asksQuantity = ASKS_QUANTITY.matcher(question).find();
        Shape shape = Shape.of(question);
        List<Hit> top = hits.subList(0, Math.min(passages, hits.size()));
        List<Set<String>> passageTerms = top.stream().map(h -> QueryTerms.of(h.passage().text())).toList();
        Map<String, Double> weights = weights(query, passageTerms, true);
        contextLess(question, weights);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        // a question word (哪个, 可以, 怎样) is the asker's wording: a sentence that happens to say "可以" or "哪个组"
        // shares nothing of the topic with it. It still counts in the total, so that what the other words are worth
        // against the shape of the answer stays as it was (decision 0082)
        weights.keySet().removeIf(dev.zhiku.core.text.FunctionWords::isChinese);
        boolean hanQuestion = HAN.matcher(question).find();
        // the Chinese words of an English question are the names it gives, as Chinese writes them (苏轼 for "Su
        // Shi"): all a Chinese sentence can share with it, so a Chinese sentence is scored by those alone
        double hanTotal = hanQuestion ? 0 : weights.entrySet().stream().filter(w -> HAN.matcher(w.getKey()).find())
                .mapToDouble(Map.Entry::getValue).sum();
        // the other way round, the English words of a Chinese question, by the dictionary: what an English sentence
        // of the original shares with a question asked in Chinese (a stale translation lacks the asked option)
        Across across = hanQuestion ? Across.of(question, passageTerms, weights) : Across.NONE;
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> names = toolNames(query, top);
        for (int rank = 0; rank < top.size(); rank++) {
            Hit hit = top.get(rank);
            Passage p = hit.passage();
            Set<String> own = passageTerms.get(rank);
            boolean namedHere = names.stream().anyMatch(n -> FileNames.isNamedAfter(p, n)
                    || NAMELESS_BY_PASSAGE && own.contains(n));
            Set<String> headings = AnswerLines.headingsOf(p.title(), p.headingPath());
            List<SentenceSplitter.Span> statements = new ArrayList<>();
            for (SentenceSplitter.Span sentence : SentenceSplitter.split(p.text())) {
                for (SentenceSplitter.Span statement : AnswerLines.statements(p.text(), sentence, headings)) {
                    statements.addAll(definitions(p.text(), statement));
                }
            }
            for (SentenceSplitter.Span span : descriptions(p.text(), statements, headings)) {
                String raw = p.text().substring(span.start(), span.end());
                String sentence = raw.strip();
                int lead = raw.length() - raw.stripLeading().length();
                if (sentence.length() < MIN_CHARS || !seen.add(normalise(sentence))) {
                    continue;
                }
                Set<String> terms = QueryTerms.of(sentence);
                double coverage = share(terms, weights, total);
                int start = p.startOffset() + span.start() + lead;
                double ordered = coverage;
                if (hanTotal > 0 && HAN.matcher(sentence).find()) {
                    double named = 0;
                    for (Map.Entry<String, Double> w : weights.entrySet()) {
                        if (HAN.matcher(w.getKey()).find() && terms.contains(w.getKey())) {
                            named += w.getValue();
                        }
                    }
                    ordered = Math.max(coverage, named / hanTotal);
                } else if (across.total() > 0 && !HAN.matcher(sentence).find()) {
                    ordered = Math.max(coverage, CROSS_WEIGHT * across.coverage(terms));
                }
                boolean nameless = !names.isEmpty() && !namedHere && names.stream().noneMatch(terms::contains);
                candidates.add(new Candidate(hit, rank, sentence, start, coverage,
                        order(ordered, rank, sentence, asksQuantity) * (nameless ? NAMELESS : 1), nameless));
            }
        }
        // the passages the best sentences by words come from: a default stated there is the asked one's, unless the
        // passage never names what the question names (fdisk's "defaults to auto" for a question on umask)
        Set<Hit> leading = new HashSet<>();
        if (shape.asksDefault() || shape.asksRequirement()) {
            Set<String> anchors = anchors(query, passageTerms);
            candidates.stream().sorted(Comparator.comparingDouble(Candidate::byWords).reversed()).limit(LEADING)
                    .filter(c -> anchors.isEmpty() || anchors.stream().anyMatch(passageTerms.get(c.rank())::contains))
                    .forEach(c -> leading.add(c.hit()));
        }
        // what the shape of the answer adds, before meaning: the sentences that hold the asked thing are among those
        // embedded, not only those that repeat the question's words
        double[] shaped = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            shaped[i] = shape.bonus(c.text())
                    + (shape.asksDefault() && leading.contains(c.hit()) && STATES_DEFAULT.matcher(c.text()).find()
                    ? DEFAULT_BONUS : 0)
                    + (shape.asksRequirement() && leading.contains(c.hit())
                    && STATES_REQUIREMENT.matcher(c.text()).find() ? DEFAULT_BONUS : 0);
        }
        double[] meaning = meaning(question, candidates, shaped, similarity);
        List<EvidenceSentence> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            double score = c.byWords() + SEMANTIC_WEIGHT * meaning[i] * (c.nameless() ? NAMELESS_MEANING : 1)
                    + shaped[i];
            out.add(new EvidenceSentence(c.hit(), c.rank(), c.text(), c.start(), c.start() + c.text().length(),
                    c.coverage(), score));
        }
        out.sort(Comparator.comparingDouble(EvidenceSentence::score).reversed());
        return out;
    }

    /**
     * The question's words that name a tool: Latin words of three or more letters that are not everyday English
     * ({@link EnglishWords}) and that a file among the passages is named after ({@link FileNames}). A product name
     * the whole collection is about ("postgresql") names no file, and a plain word ("find", "split") is left out:
     * nothing tells it from the asker's own wording.
     */
    static Set<String> toolNames(Set<String> query, List<Hit> passages) {
        return uncommonWords(query, t -> passages.stream().anyMatch(h -> FileNames.isNamedAfter(h.passage(), t)));
    }

    /**
     * The question's Latin words of no everyday English that some of the passages have ({@code umask},
     * {@code checkpoint_timeout}): what a passage must mention to be about what the question asks.
     */
    static Set<String> anchors(Set<String> query, List<Set<String>> passageTerms) {
        return uncommonWords(query, t -> passageTerms.stream().anyMatch(p -> p.contains(t)));
    }

    /**
     * The question's words of three or more characters in Latin letters, not numbers and not everyday English, that
     * {@code found} accepts; {@code found} is asked first, so the word list is read only for words it accepts.
     */
    private static Set<String> uncommonWords(Set<String> query, java.util.function.Predicate<String> found) {
        Set<String> out = new HashSet<>();
        for (String t : query) {
            if (t.length() >= 3 && !HAN.matcher(t).find() && !t.chars().allMatch(Character::isDigit) && found.test(t)
                    && !EnglishWords.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A list of options without full stops ("-p, --pretty\\n show uptime …\\n -s, --since\\n system up since …",
     * as man pages and command references write them) is one "sentence" to the splitter: cut it before every line
     * that starts with an option, so that each option comes with its own description and no other. A line that
     * leads into the list ("The options which apply to the pwck command are:") is left out.
     */
    static List<SentenceSplitter.Span> definitions(String text, SentenceSplitter.Span span) {
        List<Integer> starts = new ArrayList<>();
        java.util.regex.Matcher m = OPTION_LINE.matcher(text).region(span.start(), span.end());
        while (m.find()) {
            starts.add(m.start(1));
        }
        if (starts.isEmpty()) {
            return LIST_ITEMS ? listItems(text, span) : List.of(span);
        }
        String before = text.substring(span.start(), starts.getFirst()).strip();
        // "The options which apply to the pwck command are:" only leads into the list: it answers nothing, and glued
        // to the first option it was quoted as if it were one (also before a list of a single option)
        boolean introduction = isLeadIn(before);
        if (starts.size() < 2 && !introduction) {
            return List.of(span);
        }
        List<SentenceSplitter.Span> out = new ArrayList<>();
        if (!before.isEmpty() && !introduction) {
            out.add(new SentenceSplitter.Span(span.start(), trimEnd(text, span.start(), starts.getFirst())));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : span.end();
            out.add(new SentenceSplitter.Span(starts.get(i), trimEnd(text, starts.get(i), end)));
        }
        return out;
    }

    /** After a table's caption, its rows are statements too (decision 0092); off for comparison. */
    private static final boolean TABLE_ROWS = !Boolean.getBoolean("zhiku.evidence.tableRowsOff");

    /** Whether stripped text leads into what follows it: it ends with a colon. */
    private static boolean isLeadIn(String stripped) {
        return !stripped.isEmpty() && ":：".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    /**
     * A lead-in and the items of its list, one paragraph each, which the splitter gives as one sentence when the items
     * end without a full stop ("The current limitations of PostgreSQL's text search features are:\\n\\nThe length of
     * each lexeme must be less than 2 kilobytes\\n\\nNo more than 256 positions per lexeme\\n\\n…"): each item is a
     * statement of its own and the lead-in none. A lead-in with fewer than {@link #LIST_MIN_ITEMS} items stays
     * whole ("To see them, run:\\n\\n$ dpkg -L package"). After a table's caption and header row, each row is a
     * statement and so is the whole table ({@link AnswerLines#isTableCaption}).
     */
    static List<SentenceSplitter.Span> listItems(String text, SentenceSplitter.Span span) {
        java.util.regex.Matcher gap = PARAGRAPH_GAP.matcher(text).region(span.start(), span.end());
        if (!gap.find()) {
            return List.of(span);
        }
        String first = text.substring(span.start(), gap.start()).strip();
        boolean leadIn = isLeadIn(first);
        boolean table = !leadIn && TABLE_ROWS && AnswerLines.isTableCaption(first);
        if (!leadIn && !table) {
            return List.of(span);
        }
        List<SentenceSplitter.Span> items = new ArrayList<>();
        int from = gap.end();
        while (gap.find()) {
            items.add(new SentenceSplitter.Span(from, trimEnd(text, from, gap.start())));
            from = gap.end();
        }
        items.add(new SentenceSplitter.Span(from, trimEnd(text, from, span.end())));
        if (table) {
            // the whole table answers what asks about several rows; a row alone, what asks about one. The header
            // row only names the columns
            if (items.size() < LIST_MIN_ITEMS + 1) {
                return List.of(span);
            }
            List<SentenceSplitter.Span> out = new ArrayList<>();
            out.add(span);
            out.addAll(items.subList(1, items.size()));
            return out;
        }
        return items.size() >= LIST_MIN_ITEMS ? items : List.of(span);
    }

    /**
     * The statements, each from its definition term on ({@link #withTerm}), and a term's description kept whole when
     * it is short: "-s, --buffer-size size / Use a buffer of size to query the kernel ring buffer. This is 16392 by
     * default." is one answer, and its second sentence alone says nothing of what it is the default of.
     */
    static List<SentenceSplitter.Span> descriptions(String text, List<SentenceSplitter.Span> statements,
                                                    Set<String> headings) {
        List<SentenceSplitter.Span> out = new ArrayList<>();
        boolean open = false;
        for (SentenceSplitter.Span found : statements) {
            SentenceSplitter.Span span = withTerm(text, found, headings);
            int lineEnd = text.indexOf('\n', span.start());
            boolean term = span.start() != found.start() || lineEnd > span.start() && lineEnd < span.end()
                    && dev.zhiku.core.text.DefinitionTerm.is(text.substring(span.start(), lineEnd));
            if (!term && open) {
                SentenceSplitter.Span last = out.getLast();
                String between = text.substring(last.end(), span.start());
                if (!between.contains("\n\n") && span.end() - last.start() <= DESCRIPTION_CHARS) {
                    out.set(out.size() - 1, new SentenceSplitter.Span(last.start(), span.end()));
                    continue;
                }
            }
            open = term;
            out.add(span);
        }
        return out;
    }

    /**
     * A definition list's term on the line before ("-K, --global-apropos", "recovery_target_time (timestamp)",
     * "-p, --purge"), when its description starts here: the quoted sentence then starts at the term, so an
     * answer that quotes what the option does also says which option it is.
     */
    static SentenceSplitter.Span withTerm(String text, SentenceSplitter.Span span, Set<String> headings) {
        int k = span.start();
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        if (k == span.start() || text.substring(k, span.start()).indexOf('\n') < 0) {
            return span;
        }
        int lineStart = text.lastIndexOf('\n', k - 1) + 1;
        String line = text.substring(lineStart, k);
        // the page's title or a heading ("pg_dump" above "pg_dump — extract a PostgreSQL database…") is no term
        if (!dev.zhiku.core.text.DefinitionTerm.is(line) || headings.contains(AnswerLines.normalise(line.strip()))) {
            return span;
        }
        while (lineStart < k && Character.isWhitespace(text.charAt(lineStart))) {
            lineStart++;
        }
        return new SentenceSplitter.Span(lineStart, span.end());
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Orders evidence: coverage, a bonus for better-ranked passages, a bonus for numbers when the question asks for
     * a quantity, and a penalty for run-on "sentences" (tables of contents, lists without punctuation).
     */
    private static double order(double coverage, int rank, String sentence, boolean asksQuantity) {
        double score = coverage + RANK_PRIOR / (1 + rank);
        if (asksQuantity && sentence.chars().anyMatch(Character::isDigit)) {
            score += QUANTITY_BONUS * coverage;
        }
        int tokens = dev.zhiku.core.text.TokenEstimate.of(sentence);
        if (tokens > LONG_SENTENCE_TOKENS) {
            score *= Math.sqrt((double) LONG_SENTENCE_TOKENS / tokens);
        }
        return score;
    }

    /**
     * What a question's context words count for against the words of the sentence that asks: "Ident authentication
     * asks the client machine which user opened the connection. On which TCP port does an ident server normally
     * listen?" asks for the port; the first sentence only says what it is about ({@code -Dzhiku.evidence.context}).
     */
    private static final double CONTEXT_WEIGHT =
            Double.parseDouble(System.getProperty("zhiku.evidence.context", "0.5"));

    /**
     * A word written as an identifier ({@code pg_isready}, {@code shared_buffers}, {@code ipv6}): the thing a
     * question is about even when its context names it ("Our monitoring calls pg_isready and it exits with status
     * 2. What does that status mean?"), so it keeps its weight there.
     */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile(
            "[a-z][a-z\\d]*(?:[_.][a-z\\d]+)+|[a-z]+\\d[a-z\\d]*");

    /**
     * Lowers the weight of the words that only the context of a question of several sentences has, not the
     * sentence that asks (the last one with a question mark, else the last one); not of {@link #IDENTIFIER}s.
     */
    static void contextLess(String question, Map<String, Double> weights) {
        if (CONTEXT_WEIGHT >= 1) {
            return;
        }
        List<SentenceSplitter.Span> sentences = SentenceSplitter.split(question);
        if (sentences.size() < 2) {
            return;
        }
        SentenceSplitter.Span asking = sentences.getLast();
        for (SentenceSplitter.Span span : sentences) {
            String text = question.substring(span.start(), span.end());
            if (text.contains("?") || text.contains("？")) {
                asking = span;
            }
        }
        Set<String> asked = questionTerms(question.substring(asking.start(), asking.end()));
        if (asked.isEmpty()) {
            return;
        }
        weights.replaceAll((term, weight) -> asked.contains(term) || IDENTIFIER.matcher(term).matches()
                ? weight : weight * CONTEXT_WEIGHT);
    }

    /**
     * The words of a question, and the names of an English question as Chinese writes them (李白 for "Li Bai"): a
     * word the Chinese sentence about that person shares with the question.
     */
    static Set<String> questionTerms(String question) {
        Set<String> query = QueryTerms.of(question);
        for (String name : Names.in(question)) {
            Names.chinese(name).forEach(zh -> query.addAll(QueryTerms.of(zh)));
        }
        return query;
    }

    /**
     * Each question word's weight among these passages ({@link #rarity}).
     *
     * @param absentToo also the words no passage has (at the highest weight); without, those are left out
     */
    static Map<String, Double> weights(Set<String> query, List<Set<String>> passageTerms, boolean absentToo) {
        Map<String, Double> weights = new HashMap<>();
        for (String term : query) {
            long containing = passageTerms.stream().filter(t -> t.contains(term)).count();
            if (absentToo || containing > 0) {
                weights.put(term, rarity(passageTerms.size(), containing));
            }
        }
        return weights;
    }

    /** The share of the weights' {@code total} that the terms hold. */
    static double share(Set<String> terms, Map<String, Double> weights, double total) {
        double matched = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            if (terms.contains(w.getKey())) {
                matched += w.getValue();
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /** 1 + log((1 + passages) / (1 + passages with the word)): a word every passage has says little. */
    private static double rarity(int passages, long containing) {
        return 1 + Math.log((1.0 + passages) / (1.0 + containing));
    }

    /**
     * The meaning similarity of each candidate to the question, for the few that can win: embedding a sentence
     * costs about as much as a search, so only the best by words and the sentences of passages in another language
     * (which words cannot judge) are embedded; the others get the lowest similarity seen. All zero without
     * embeddings.
     */
    private static double[] meaning(String question, List<Candidate> candidates, double[] shaped,
                                    Similarity similarity) {
        double[] out = new double[candidates.size()];
        if (candidates.isEmpty()) {
            return out;
        }
        String language = "zh".equals(dev.zhiku.core.text.LanguageGuesser.guess(question)) ? "zh" : "en";
        List<Integer> byWords = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            byWords.add(i);
        }
        byWords.sort(Comparator.comparingDouble((Integer i) -> candidates.get(i).byWords() + shaped[i]).reversed());
        java.util.LinkedHashSet<Integer> chosen = new java.util.LinkedHashSet<>(
                byWords.subList(0, Math.min(EMBEDDED_BY_WORDS, byWords.size())));
        if (NEIGHBOURS > 0) {
            for (int i : List.copyOf(chosen).subList(0, Math.min(NEIGHBOURS, chosen.size()))) {
                // candidates follow their passages in the evidence's order: the next one is the passage's next
                // sentence, or the first of the next passage when that is of the same file
                if (i + 1 < candidates.size() && candidates.get(i + 1).hit().passage().displayPath()
                        .equals(candidates.get(i).hit().passage().displayPath())) {
                    chosen.add(i + 1);
                }
            }
        }
        int across = 0;
        for (int i = 0; i < candidates.size() && across < EMBEDDED_ACROSS; i++) {
            if (!language.equals(candidates.get(i).hit().passage().language()) && chosen.add(i)) {
                across++;
            }
        }
        List<Integer> order = new ArrayList<>(chosen);
        double[] found = similarity.of(question, order.stream()
                .map(i -> clip(candidates.get(i).text())).toList());
        if (found.length != order.size()) {
            return out;
        }
        double lowest = java.util.Arrays.stream(found).min().orElse(0);
        java.util.Arrays.fill(out, lowest);
        for (int k = 0; k < order.size(); k++) {
            out[order.get(k)] = found[k];
        }
        return out;
    }

    /** The start of a long sentence is what it is about; embedding cost grows with length. */
    private static String clip(String sentence) {
        return sentence.length() <= EMBEDDED_CHARS ? sentence : sentence.substring(0, EMBEDDED_CHARS);
    }

    /** Meaning similarity of texts to a question, one value per text; an empty array when unknown. */
    @FunctionalInterface
    public interface Similarity {
        Similarity NONE = (question, texts) -> new double[0];

        double[] of(String question, List<String> texts);
    }

    /**
     * What the answer looks like: a name (an option, setting or command the question asks for: "which option",
     * "用什么命令", "怎样…"), or a kind of fact ({@link FactKind}: a year, an amount). A sentence that holds such a
     * thing, and one the question does not already name, is likelier the answer than one that repeats the question.
     */
    record Shape(boolean asksName, java.util.Set<FactKind> kinds, String question, boolean asksDefault,
                 boolean asksRequirement) {

        static Shape of(String question) {
            return new Shape(ASKS_NAME.matcher(question).find(), FactKind.askedIn(question),
                    question.toLowerCase(java.util.Locale.ROOT),
                    ASKS_DEFAULT.matcher(question).find() && !CHANGES_DEFAULT.matcher(question).find(),
                    ASKS_REQUIREMENT.matcher(question).find());
        }

        double bonus(String sentence) {
            double bonus = 0;
            if (asksName) {
                java.util.regex.Matcher code = CODE.matcher(sentence);
                while (code.find()) {
                    if (!question.contains(code.group().toLowerCase(java.util.Locale.ROOT))) {
                        bonus += SHAPE_BONUS;
                        break;
                    }
                }
            }
            for (FactKind kind : kinds) {
                if (kind.isStatedIn(sentence)) {
                    bonus += SHAPE_BONUS;
                    break;
                }
            }
            return bonus;
        }
    }

    /**
     * The words of a Chinese question in English ({@link BilingualDictionary#englishForText}), a group of candidate
     * translations per Chinese word, with the names and options it already writes in Latin letters: an English
     * sentence covers a group when it has any of the group's words. A group can weigh as much as the rarity, among
     * the best passages, of its rarest word found there; a sentence is credited with the rarity of the word it has
     * (时候 is "time, length, moment": "time" in a sentence counts as the common word it is, not as the rare
     * "moment"; decision 0077).
     */
    record Across(List<List<String>> groups, List<double[]> wordWeights, Map<String, Double> latin, double total) {

        static final Across NONE = new Across(List.of(), List.of(), Map.of(), 0);

        static Across of(String question, List<Set<String>> passageTerms, Map<String, Double> weights) {
            List<List<String>> groups = new ArrayList<>();
            for (List<String> options : BilingualDictionary.standard().englishForText(question)) {
                List<String> words = options.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                        .filter(w -> w.length() >= 3 && !QueryTerms.isStopWord(w)).map(QueryTerms::stem).distinct()
                        .toList();
                if (!words.isEmpty() && !groups.contains(words)) {
                    groups.add(words);
                }
            }
            if (groups.isEmpty()) {
                return NONE;
            }
            List<double[]> wordWeights = new ArrayList<>();
            double total = 0;
            for (int g = 0; g < groups.size(); g++) {
                double best = 0;
                double[] each = new double[groups.get(g).size()];
                for (int w = 0; w < each.length; w++) {
                    String word = groups.get(g).get(w);
                    long containing = passageTerms.stream().filter(t -> covers(t, word)).count();
                    if (containing > 0) {
                        each[w] = rarity(passageTerms.size(), containing);
                        best = Math.max(best, each[w]);
                    }
                }
                wordWeights.add(each);
                total += best;
            }
            Map<String, Double> latin = new HashMap<>();
            weights.forEach((term, weight) -> {
                if (!HAN.matcher(term).find()) {
                    latin.put(term, weight);
                }
            });
            total += latin.values().stream().mapToDouble(Double::doubleValue).sum();
            return new Across(groups, wordWeights, latin, total);
        }

        /** The share of the question's weight an English sentence with these terms covers. */
        double coverage(Set<String> terms) {
            double matched = 0;
            for (int g = 0; g < groups.size(); g++) {
                double best = 0;
                for (int w = 0; w < groups.get(g).size(); w++) {
                    if (covers(terms, groups.get(g).get(w))) {
                        best = Math.max(best, wordWeights.get(g)[w]);
                    }
                }
                matched += best;
            }
            for (Map.Entry<String, Double> w : latin.entrySet()) {
                if (terms.contains(w.getKey())) {
                    matched += w.getValue();
                }
            }
            return total == 0 ? 0 : matched / total;
        }

        /** What a Chinese word can weigh: the rarity of its rarest translation found in the passages. */
        private double groupWeight(int g) {
            return java.util.Arrays.stream(wordWeights.get(g)).max().orElse(0);
        }

        /** Whether the terms hold an English word for one of the question's Chinese words. */
        boolean translates(Set<String> terms) {
            for (int g = 0; g < groups.size(); g++) {
                if (groupWeight(g) > 0 && groups.get(g).stream().anyMatch(word -> covers(terms, word))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the terms hold the word or a longer form of it ("recursive" → "recursively"). */
        private static boolean covers(Set<String> terms, String word) {
            if (terms.contains(word)) {
                return true;
            }
            if (word.length() < 4) {
                return false;
            }
            for (String t : terms) {
                if (t.length() > word.length() && t.length() <= word.length() + 3 && t.startsWith(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A sentence before meaning is weighed: {@code byWords} is its score by the question's words alone. */
    private record Candidate(Hit hit, int rank, String text, int start, double coverage, double byWords,
                             boolean nameless) {
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
