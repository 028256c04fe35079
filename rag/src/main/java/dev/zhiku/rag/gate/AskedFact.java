package dev.zhiku.rag.gate;

import dev.zhiku.rag.Language;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.FactKind;
import dev.zhiku.rag.evidence.Names;
import dev.zhiku.rag.evidence.QueryTerms;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for, and whether the evidence holds one of that kind: a near-miss question
 * finds its topic in the documents, but not the fact ("what does the training cost?" over a notice that names the
 * room, the date and the speaker, and no price). Also the time a question is limited to: "in September" over a
 * mail about August is not answered by it.
 *
 * <p>Both checks look only at the sentences an answer would quote (the best-ranked evidence) and their passages,
 * and both are written for Chinese and English. A kind is only recognised from unambiguous wording ("what colour",
 * "哪一年", "hourly rate"); a question that names no kind is never refused here.
 */
public final class AskedFact {

    /** Best-ranked sentences whose content is checked: those an answer would quote, and a margin. */
    static final int LOOKED_AT = 8;
    /** Share of the best sentence's coverage of the question's words that makes a sentence bear on it. */
    static final double BEARING = 0.5;

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] CHINESE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二"};
    private static final Pattern ENGLISH_MONTH = Pattern.compile("(?i)\\b(january|february|march|april|june|july|"
            + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b");
    private static final Pattern CHINESE_MONTH = Pattern.compile("(?<![\\d一二三四五六七八九十])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\\s?月");
    private static final Pattern FULL_DATE = Pattern.compile("(?i)(?:\\d{4}\\s?年\\s?)?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?[日号]"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{4})?\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern YEAR_IN_QUESTION = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");

    private AskedFact() {
    }

    /**
     * The reason to refuse, when the question asks for a kind of fact no quoted sentence states, or is limited to
     * a month or year none of their passages names; empty to go on.
     */
    public static Optional<String> missing(String question, List<EvidenceSentence> ranked, Language language) {
        List<EvidenceSentence> looked = ranked.subList(0, Math.min(LOOKED_AT, ranked.size()));
        if (looked.isEmpty()) {
            return Optional.empty();
        }
        String asked = normalise(question);
        // the sentences that bear on the question: a price in a neighbouring passage about something else is no
        // answer to "what does the training cost?"
        double best = looked.stream().mapToDouble(EvidenceSentence::coverage).max().orElse(0);
        List<EvidenceSentence> bearing = looked.stream().filter(s -> s.coverage() >= BEARING * best).toList();
        for (FactKind kind : FactKind.values()) {
            if (!kind.isAskedIn(asked)) {
                continue;
            }
            String subject = kind.withoutAsking(asked);
            List<EvidenceSentence> about = naming(subject, aboutTheSubject(subject, bearing));
            if (about.stream().noneMatch(s -> kind.isStatedIn(s.text()))) {
                return Optional.of(language == Language.ZH
                        ? "相关的段落里没有提到" + kind.chinese() + "。"
                        : "The passages on this topic never state " + kind.english() + ".");
            }
        }
        Optional<String> ability = AskedAbility.unsaid(question, looked, language);
        if (ability.isPresent()) {
            return ability;
        }
        // the month must be in a passage that bears on the question, not in any neighbour: the rate in a mail about
        // August does not answer for September because another mail mentions September
        Set<String> passages = new LinkedHashSet<>();
        bearing.forEach(s -> passages.add(normalise(s.hit().passage().text())));
        // a whole date ("2024 年 3 月 1 日", "March 1, 2024") is a value the question gives ("files changed since"),
        // not a limit on what it asks about
        String limits = FULL_DATE.matcher(asked).replaceAll(" ");
        for (int month : months(limits)) {
            if (passages.stream().noneMatch(p -> months(p).contains(month))) {
                return Optional.of(language == Language.ZH
                        ? "相关的段落里没有提到" + CHINESE_NUMBERS[month - 1] + "月。"
                        : "The passages on this topic never mention " + capitalised(MONTHS[month - 1]) + ".");
            }
        }
        Matcher year = YEAR_IN_QUESTION.matcher(limits);
        while (year.find()) {
            String y = year.group(1);
            if (passages.stream().noneMatch(p -> p.contains(y))) {
                return Optional.of(language == Language.ZH ? "相关的段落里没有提到" + y + "年。"
                        : "The passages on this topic never mention " + y + ".");
            }
        }
        return Optional.empty();
    }

    /**
     * Of the sentences that bear on the question, those whose passage shares most of its subject: the question's
     * words once the words asking for the kind are gone ("李白", "出生" of "李白是哪一年出生的"); the passage, as
     * the sentence that states the fee often names the training only in the one before. Coverage alone counts
     * the asking words too, and a manual page's "一年当中的星期 (00..53)" shares "一年" with "哪一年" and states
     * a number like a year, which would answer for a poet it never names.
     */
    static List<EvidenceSentence> aboutTheSubject(String subject, List<EvidenceSentence> bearing) {
        Set<String> terms = QueryTerms.of(subject);
        if (terms.isEmpty()) {
            return bearing;
        }
        // a sentence in the other script shares no words with the question even when it is the answer (the
        // English original of a stale translation): it keeps the bearing its coverage gave it
        boolean han = HAN.matcher(subject).find();
        double[] shares = bearing.stream()
                .mapToDouble(s -> HAN.matcher(s.text()).find() == han ? share(terms, s.hit().passage().text()) : -1)
                .toArray();
        double best = java.util.Arrays.stream(shares).max().orElse(0);
        if (best <= 0) {
            return bearing;
        }
        List<EvidenceSentence> out = new java.util.ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] < 0 || shares[i] >= BEARING * best) {
                out.add(bearing.get(i));
            }
        }
        return out;
    }

    /**
     * Of those sentences, the ones whose passage names who or what the question is about, when an English
     * question names it (capitalised words after the first: "Li Bai", "Tang"): a name of two or more words must
     * be there, in English or as the bilingual dictionary writes it in Chinese (李白); failing such a name, one
     * of the one-word names. A year of birth in a passage about another poet is not the asked poet's. An option
     * or snake_case name of the question ("-maxdepth", "--color") must be in the passage as well.
     */
    static List<EvidenceSentence> naming(String subject, List<EvidenceSentence> sentences) {
        // an option or setting the question names ("-maxdepth", "pg_upgrade") is what the fact is asked of: a
        // version stated of another option on the same manual page is not its version
        Set<String> identifiers = IdentifierWords.optionsAndNames(subject);
        if (!identifiers.isEmpty()) {
            sentences = sentences.stream().filter(s -> {
                String passage = normalise(s.hit().passage().text()).toLowerCase(Locale.ROOT);
                return identifiers.stream().anyMatch(passage::contains);
            }).toList();
        }
        List<String> names = Names.in(subject);
        List<String> longNames = names.stream().filter(n -> n.indexOf(' ') > 0).toList();
        List<String> required = longNames.isEmpty() ? names : longNames;
        if (required.isEmpty()) {
            return sentences;
        }
        List<List<String>> forms = required.stream().map(Names::writtenForms).toList();
        return sentences.stream().filter(s -> {
            String passage = normalise(s.hit().passage().text()).toLowerCase(Locale.ROOT);
            java.util.function.Predicate<List<String>> named = f -> f.stream().anyMatch(passage::contains);
            return longNames.isEmpty() ? forms.stream().anyMatch(named) : forms.stream().allMatch(named);
        }).toList();
    }

    private static double share(Set<String> terms, String text) {
        Set<String> in = QueryTerms.of(normalise(text));
        return (double) terms.stream().filter(in::contains).count() / terms.size();
    }

    /** The months (1–12) a text names, in English or Chinese ("Sep", "September", "9月", "九月"). */
    static Set<Integer> months(String text) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher en = ENGLISH_MONTH.matcher(text);
        while (en.find()) {
            String name = en.group(1).toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTHS.length; i++) {
                if (MONTHS[i].startsWith(name.length() > 4 ? name.substring(0, 3) : name)) {
                    out.add(i + 1);
                    break;
                }
            }
        }
        Matcher zh = CHINESE_MONTH.matcher(text);
        while (zh.find()) {
            String n = zh.group(1);
            int month;
            if (Character.isDigit(n.charAt(0))) {
                month = Integer.parseInt(n);
            } else {
                month = java.util.Arrays.asList(CHINESE_NUMBERS).indexOf(n) + 1;
            }
            if (month >= 1 && month <= 12) {
                out.add(month);
            }
        }
        return out;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Full-width digits and letters as ASCII (Chinese text writes "１２３６"). */
    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
