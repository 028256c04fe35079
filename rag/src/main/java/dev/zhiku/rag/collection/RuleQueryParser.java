package dev.zhiku.rag.collection;

import dev.zhiku.rag.collection.QuestionToken.Kind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deterministic parser: {@link QuestionTokenizer} tokens, then a small grammar. Time expressions
 * ({@link TimeGrammar}), the folder ("the Downloads folder", "下载文件夹里"), the author ("written by Bob",
 * "张伟写的") and the topic of a mention are read first and set aside; what remains decides the intent.
 *
 * <p>An intent word counts only when it attaches to a document word ("file", "PDF", "合同"), with nothing but
 * fillers ("the", "all", "的", "份") between: "how many PDFs" is a count, "how many connections does PostgreSQL
 * allow" is not; "哪些文件" lists, "哪些国家" does not. Chinese intents also attach backwards ("发票有多少张",
 * "文档有哪些"). The order decides between several: summarize/compare, mentions, largest/oldest, count, recent,
 * list.
 */
public final class RuleQueryParser implements QueryParser {

    private final QuestionTokenizer tokenizer;
    private final TimeGrammar time;

    public RuleQueryParser(Vocabulary vocabulary, Clock clock) {
        this.tokenizer = new QuestionTokenizer(vocabulary);
        this.time = new TimeGrammar(clock);
    }

    public RuleQueryParser(Clock clock) {
        this(Vocabulary.standard(), clock);
    }

    @Override
    public Optional<CollectionQuery> parse(String question) {
        List<QuestionToken> t = documentWordsInContext(tokenizer.tokenize(question));
        if (severalSentences(question, t) || howToAboutOthers(question)) {
            return Optional.empty();
        }
        boolean[] used = new boolean[t.size()];
        DateRange range = time.find(t, used);
        String folder = folder(t, used);
        String author = author(question, t, used);
        String topic = null;
        int mention = first(t, used, "intent.mentions");
        if (mention >= 0) {
            boolean[] withTopic = used.clone();
            String found = topic(question, t, mention, withTopic);
            if (found != null && anyDocumentWord(t, withTopic)) {
                topic = found;
                System.arraycopy(withTopic, 0, used, 0, used.length);
            }
        }
        QueryIntent intent = intent(t, used, topic != null, author != null || (range != null
                && first(t, used, "change") >= 0));
        if (intent == null) {
            return Optional.empty();
        }
        Set<String> types = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        List<String> names = new ArrayList<>();
        int limit = 0;
        for (int i = 0; i < t.size(); i++) {
            QuestionToken tok = t.get(i);
            if (used[i]) {
                continue;
            }
            if (tok.isDocumentWord()) {
                tok.categories().stream().filter(c -> c.startsWith("type.")).forEach(c -> types.add(c.substring(5)));
                tok.categories().stream().filter(c -> c.startsWith("kind.")).forEach(c -> kinds.add(c.substring(5)));
                int before = i - 1;
                while (before >= 0 && !used[before] && (t.get(before).is("measure")
                        || t.get(before).is("intent.largest") || t.get(before).is("intent.oldest")
                        || t.get(before).is("intent.recent"))) {
                    before--;
                }
                if (limit == 0 && before >= 0 && !used[before] && t.get(before).kind() == Kind.NUMBER
                        && t.get(before).number() > 0 && t.get(before).number() < 1000) {
                    limit = t.get(before).number();
                }
            } else if (tok.kind() == Kind.FILENAME
                    || (tok.kind() == Kind.QUOTED
                    && (intent == QueryIntent.SUMMARIZE || intent == QueryIntent.COMPARE))) {
                names.add(tok.text());
            }
        }
        return Optional.of(new CollectionQuery(intent, types, kinds, folder, range == null ? null : range.from(),
                range == null ? null : range.to(), author, topic, names, limit));
    }

    /**
     * "How do I…", "怎样…", "如何…": a question that asks how to do something asks for a procedure, which the documents
     * describe ("怎样查看一个软件包安装了哪些文件？"), unless it is about the user's own documents ("my", "我").
     */
    private static boolean howToAboutOthers(String q) {
        return HOW_TO.matcher(q).find() && !OWN.matcher(q).find();
    }

    private static final java.util.regex.Pattern HOW_TO = java.util.regex.Pattern.compile(
            "^\\s*(?:how (?:do|can|could|should|would) (?:i|we|you|one)\\b|how to\\b|怎样|怎么(?!有|会|这么|那么)|如何)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern OWN = java.util.regex.Pattern.compile(
            "\\b(?:my|our|mine|ours)\\b|我", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A question about the collection is one sentence; a question of several ("想找出某个目录下…修改过的文件。find 能不能
     * 直接写日期？") explains a task and asks about it, and goes to ordinary retrieval.
     */
    private static boolean severalSentences(String q, List<QuestionToken> t) {
        for (int k = 0; k < t.size() - 1; k++) {
            QuestionToken tok = t.get(k);
            if (tok.kind() != Kind.PUNCT) {
                continue;
            }
            boolean fullWidth = "。！？".contains(tok.text());
            boolean latin = ".!?".contains(tok.text()) && tok.end() < q.length()
                    && Character.isWhitespace(q.charAt(tok.end()));
            if ((fullWidth || latin) && t.subList(k + 1, t.size()).stream().anyMatch(x -> x.kind() != Kind.PUNCT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document word that is part of a longer noun ("file system", "文件权限", "合同金额") or the object of someone
     * else's doing ("how many reports did the committee publish") does not name documents: it loses its
     * categories. Only "I"/"we" (or an author, read later) may be the subject of what happened to documents.
     */
    private static List<QuestionToken> documentWordsInContext(List<QuestionToken> tokens) {
        List<QuestionToken> out = new ArrayList<>(tokens);
        for (int k = 0; k < tokens.size() - 1; k++) {
            QuestionToken tok = tokens.get(k);
            QuestionToken next = tokens.get(k + 1);
            if (!tok.isDocumentWord() || tok.kind() == Kind.QUOTED) {
                continue;
            }
            boolean adjacent = tok.kind() == Kind.HAN && next.kind() == Kind.HAN && next.start() == tok.end();
            boolean compound = (tok.kind() == Kind.WORD && next.kind() == Kind.WORD && next.categories().isEmpty()
                    && Character.isLowerCase(next.text().charAt(0)))
                    || (adjacent && next.categories().isEmpty());
            QuestionToken subject = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
            boolean someoneElse = tok.kind() == Kind.WORD && next.is("auxiliary") && subject != null
                    && (isArticle(subject) || (subject.kind() == Kind.WORD && subject.categories().isEmpty()
                    && Character.isLowerCase(subject.text().charAt(0))));
            // "which file lists the servers …": the document word is the subject of a verb, the question is about
            // what a document says; "which files an installed package has put …", "files the committee published":
            // a relative clause with someone else as its subject
            boolean subjectOfVerb = tok.kind() == Kind.WORD && next.kind() == Kind.WORD && next.is("intent.list")
                    && next.text().toLowerCase(java.util.Locale.ROOT).endsWith("s");
            // (the subject may be a name: "the files a Debian package installed")
            boolean relativeClause = tok.kind() == Kind.WORD && isArticle(next) && subject != null
                    && subject.kind() == Kind.WORD && subject.categories().isEmpty();
            if (compound || someoneElse || subjectOfVerb || relativeClause) {
                out.set(k, new QuestionToken(tok.kind(), tok.text(), tok.start(), tok.end(), Set.of(), 0));
            }
        }
        return out;
    }

    private QueryIntent intent(List<QuestionToken> t, boolean[] used, boolean mentions, boolean filtered) {
        for (int i = 0; i < t.size(); i++) {
            if (!used[i] && (t.get(i).is("intent.summarize") || t.get(i).is("intent.compare"))
                    && attachesForward(t, used, i, true)) {
                return t.get(i).is("intent.compare") ? QueryIntent.COMPARE : QueryIntent.SUMMARIZE;
            }
        }
        if (mentions) {
            return QueryIntent.MENTIONS;
        }
        for (int i = 0; i < t.size(); i++) {
            if (!used[i] && (t.get(i).is("intent.largest") || t.get(i).is("intent.oldest"))
                    && attachesForward(t, used, i, false)) {
                return t.get(i).is("intent.largest") ? QueryIntent.LARGEST : QueryIntent.OLDEST;
            }
        }
        if (attaches(t, used, "intent.count")) {
            return QueryIntent.COUNT;
        }
        int recent = first(t, used, "intent.recent");
        if (recent >= 0 && (anyDocumentWord(t, used)
                || (first(t, used, "self") >= 0 && first(t, used, "change") >= 0))) {
            return QueryIntent.RECENT;
        }
        if (attaches(t, used, "intent.list") || (filtered && anyDocumentWord(t, used))) {
            return QueryIntent.LIST;
        }
        return null;
    }

    private static boolean attaches(List<QuestionToken> t, boolean[] used, String cue) {
        for (int i = 0; i < t.size(); i++) {
            if (!used[i] && t.get(i).is(cue) && (attachesForward(t, used, i, false)
                    || (t.get(i).kind() == Kind.HAN && attachesBackward(t, used, i)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a document word (or, for summaries, a file name) follows the cue with only fillers between. */
    private static boolean attachesForward(List<QuestionToken> t, boolean[] used, int cue, boolean names) {
        int k = cue + 1;
        while (k < t.size() && skippable(t, used, k)) {
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        QuestionToken next = t.get(k);
        return next.isDocumentWord()
                || (names && (next.kind() == Kind.FILENAME || next.kind() == Kind.QUOTED));
    }

    private static boolean attachesBackward(List<QuestionToken> t, boolean[] used, int cue) {
        int k = cue - 1;
        while (k >= 0 && !used[k] && (t.get(k).is("filler") || t.get(k).is("measure"))) {
            k--;
        }
        return k >= 0 && !used[k] && t.get(k).isDocumentWord();
    }

    private static boolean skippable(List<QuestionToken> t, boolean[] used, int k) {
        QuestionToken tok = t.get(k);
        if (used[k]) {
            return true;
        }
        if (tok.isDocumentWord()) {
            return false;
        }
        return tok.is("filler") || tok.is("measure") || tok.is("change") || tok.is("self")
                || tok.kind() == Kind.NUMBER || tok.is("intent.recent") || tok.is("intent.largest")
                || tok.is("intent.oldest") || (tok.kind() == Kind.HAN && tok.is("intent.count"));
    }

    private static boolean anyDocumentWord(List<QuestionToken> t, boolean[] used) {
        for (int i = 0; i < t.size(); i++) {
            if (!used[i] && t.get(i).isDocumentWord()) {
                return true;
            }
        }
        return false;
    }

    private static int first(List<QuestionToken> t, boolean[] used, String category) {
        for (int i = 0; i < t.size(); i++) {
            if (!used[i] && t.get(i).is(category)) {
                return i;
            }
        }
        return -1;
    }

    /** "the Downloads folder", "in the folder Downloads", "下载文件夹里", "“项目”文件夹中". */
    private static String folder(List<QuestionToken> t, boolean[] used) {
        int f = first(t, used, "folder");
        if (f < 0) {
            return null;
        }
        int name = f - 1;
        if (name < 0 || used[name] || !nameLike(t.get(name))) {
            name = f + 1;
            if (name < t.size() && t.get(name).kind() == Kind.WORD && t.get(name).text().equalsIgnoreCase("named")) {
                used[name] = true;
                name++;
            }
            if (name >= t.size() || used[name] || !nameLike(t.get(name))) {
                return null;
            }
        }
        int from = Math.min(name, f);
        int to = Math.max(name, f);
        while (from > 0 && !used[from - 1] && (t.get(from - 1).is("filler") || t.get(from - 1).is("time.in"))
                && t.get(from - 1).kind() == Kind.WORD) {
            from--;
        }
        while (to + 1 < t.size() && t.get(to + 1).kind() == Kind.HAN && t.get(to + 1).is("filler")
                && !t.get(to + 1).text().equals("的")) {
            to++;
        }
        for (int k = from; k <= to; k++) {
            used[k] = true;
        }
        return t.get(name).text();
    }

    private static boolean nameLike(QuestionToken tok) {
        return switch (tok.kind()) {
            case QUOTED, FILENAME -> true;
            case WORD -> !tok.is("filler") && !tok.isAny("time.") && !tok.isAny("intent.");
            case HAN -> tok.categories().isEmpty() || tok.isDocumentWord();
            default -> false;
        };
    }

    /** "by Alice Chen", "written by Bob", "did Zhang Wei write", "作者是王芳", "张伟写了". */
    private static String author(String q, List<QuestionToken> t, boolean[] used) {
        for (int i = 0; i < t.size(); i++) {
            QuestionToken tok = t.get(i);
            if (used[i]) {
                continue;
            }
            if (tok.is("author.before")) {
                int end = i + 1;
                if (tok.kind() == Kind.HAN) {
                    if (end < t.size() && t.get(end).kind() == Kind.HAN && t.get(end).categories().isEmpty()) {
                        return mark(q, t, used, i, end, end, end);
                    }
                } else {
                    while (end < t.size() && capitalisedName(t.get(end))) {
                        end++;
                    }
                    if (end > i + 1) {
                        return mark(q, t, used, i, end - 1, i + 1, end - 1);
                    }
                }
            }
            if (tok.is("author.after") && i > 0 && !used[i - 1] && t.get(i - 1).kind() == Kind.HAN
                    && t.get(i - 1).categories().isEmpty()) {
                return mark(q, t, used, i - 1, i, i - 1, i - 1);
            }
            if (tok.kind() == Kind.WORD && tok.text().equalsIgnoreCase("did")) {
                int end = i + 1;
                while (end < t.size() && capitalisedName(t.get(end))) {
                    end++;
                }
                if (end > i + 1 && end < t.size() && t.get(end).is("author.verb")) {
                    return mark(q, t, used, i, end, i + 1, end - 1);
                }
            }
        }
        return null;
    }

    private static boolean capitalisedName(QuestionToken tok) {
        return tok.kind() == Kind.WORD && tok.categories().isEmpty() && Character.isUpperCase(tok.text().charAt(0));
    }

    private static String mark(String q, List<QuestionToken> t, boolean[] used, int from, int to, int nameFrom,
                               int nameTo) {
        for (int k = from; k <= to; k++) {
            used[k] = true;
        }
        return q.substring(t.get(nameFrom).start(), t.get(nameTo).end()).strip();
    }

    /**
     * What follows a mention word: a quoted phrase, or the words up to the end of the sentence, a time expression,
     * or (Chinese) "的" followed by nothing but document words ("提到高通的文件").
     */
    private static String topic(String q, List<QuestionToken> t, int cue, boolean[] used) {
        int k = cue + 1;
        while (k < t.size() && (t.get(k).text().equals("了") || isArticle(t.get(k)))) {
            k++;
        }
        if (k >= t.size() || used[k]) {
            return null;
        }
        if (t.get(k).kind() == Kind.QUOTED || t.get(k).kind() == Kind.FILENAME) {
            used[k] = true;
            return t.get(k).text();
        }
        int end = k;
        while (end < t.size() && !used[end] && !endsTopic(t.get(end))
                && !(t.get(end).text().equals("的") && onlyDocumentWordsFrom(t, used, end + 1))) {
            end++;
        }
        if (end == k) {
            return null;
        }
        for (int m = k; m < end; m++) {
            used[m] = true;
        }
        String topic = q.substring(t.get(k).start(), t.get(end - 1).end()).strip();
        return topic.isEmpty() ? null : topic;
    }

    private static boolean isArticle(QuestionToken tok) {
        return tok.kind() == Kind.WORD
                && Set.of("the", "a", "an").contains(tok.text().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean endsTopic(QuestionToken tok) {
        return tok.kind() == Kind.PUNCT && ".?!,;:？。！，；：".contains(tok.text());
    }

    private static boolean onlyDocumentWordsFrom(List<QuestionToken> t, boolean[] used, int from) {
        boolean document = false;
        for (int k = from; k < t.size(); k++) {
            QuestionToken tok = t.get(k);
            if (tok.isDocumentWord()) {
                document = true;
            } else if (!used[k] && !tok.is("filler") && !endsTopic(tok)) {
                return false;
            }
        }
        return document;
    }
}
