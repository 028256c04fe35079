package dev.zhiku.rag.collection;

import dev.zhiku.rag.collection.QuestionToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a question into tokens: Latin words (several words become one token where the vocabulary knows the
 * phrase), numbers, dates, quoted text, file names, and Chinese text segmented by the longest vocabulary entry at
 * each place (characters it does not know stay together as one run). Units ("天", "月", "年") count as units only
 * right after a number, so "年假" stays a word, and measure words ("张", "份") only after a number or "多少", so
 * the name "张伟" stays a name.
 */
public final class QuestionTokenizer {

    private static final String EXTENSIONS = "pdf|docx?|xlsx?|pptx?|txt|md|csv|eml|msg|mbox|html?|odt|ods|odp|rtf"
            + "|epub|png|jpe?g|tiff?|gif|zip|json|xml";
    private static final Pattern FILE_NAME = Pattern.compile(
            "[A-Za-z0-9_\\-.]*[A-Za-z0-9_\\-]\\.(?:" + EXTENSIONS + ")(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_FILE = Pattern.compile("(?i).+\\.(?:" + EXTENSIONS + ")");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:['’\\-_][A-Za-z0-9]+)*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String OPENING = "\"“「『《‘";
    private static final String CLOSING = "\"”」』》’";
    /** Measure words ("份", "张") count as such only after a number or one of these ("这两份", "哪张"). */
    private static final Set<String> COUNTER_WORDS = Set.of("这", "那", "每", "哪", "几", "多少");
    private static final String NUMERALS = "零一二两三四五六七八九十百";

    private final Vocabulary vocabulary;

    public QuestionTokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<QuestionToken> tokenize(String question) {
        List<QuestionToken> raw = new ArrayList<>();
        int i = 0;
        int n = question.length();
        while (i < n) {
            char c = question.charAt(i);
            int open = OPENING.indexOf(c);
            Matcher m;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (open >= 0 && question.indexOf(CLOSING.charAt(open), i + 1) > i + 1) {
                int close = question.indexOf(CLOSING.charAt(open), i + 1);
                String inner = question.substring(i + 1, close).strip();
                Kind kind = QUOTED_FILE.matcher(inner).matches() ? Kind.FILENAME : Kind.QUOTED;
                raw.add(new QuestionToken(kind, inner, i + 1, close, Set.of(), 0));
                i = close + 1;
            } else if ((m = region(DATE, question, i)) != null) {
                raw.add(new QuestionToken(Kind.DATE, m.group(), i, m.end(), Set.of(), 0));
                i = m.end();
            } else if ((m = region(FILE_NAME, question, i)) != null) {
                raw.add(new QuestionToken(Kind.FILENAME, m.group(), i, m.end(), Set.of(), 0));
                i = m.end();
            } else if ((m = region(WORD, question, i)) != null) {
                raw.add(new QuestionToken(Kind.WORD, m.group(), i, m.end(), Set.of(), 0));
                i = m.end();
            } else if ((m = region(DIGITS, question, i)) != null) {
                int value = m.group().length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(m.group());
                raw.add(new QuestionToken(Kind.NUMBER, m.group(), i, m.end(), Set.of(), value));
                i = m.end();
            } else if (isHan(c)) {
                int end = i;
                while (end < n && isHan(question.charAt(end))) {
                    end++;
                }
                segment(question, i, end, raw);
                i = end;
            } else {
                raw.add(new QuestionToken(Kind.PUNCT, String.valueOf(c), i, i + 1, Set.of(), 0));
                i++;
            }
        }
        return phrases(question, raw);
    }

    private static Matcher region(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text).region(from, text.length());
        return m.lookingAt() ? m : null;
    }

    /** Chinese text: the longest vocabulary entry (or numeral) at each place; unknown characters form runs. */
    private void segment(String text, int from, int to, List<QuestionToken> out) {
        int runStart = -1;
        int i = from;
        while (i < to) {
            boolean afterNumber = runStart < 0 && !out.isEmpty() && out.getLast().kind() == Kind.NUMBER
                    && text.substring(out.getLast().end(), i).isBlank();
            boolean afterCounter = runStart < 0 && !out.isEmpty() && (out.getLast().kind() == Kind.NUMBER
                    || out.getLast().is("intent.count") || COUNTER_WORDS.contains(out.getLast().text()));
            int numeral = i;
            while (numeral < to && NUMERALS.indexOf(text.charAt(numeral)) >= 0) {
                numeral++;
            }
            int best = 0;
            Set<String> categories = Set.of();
            for (int len = Math.min(vocabulary.longestChinese(), to - i); len > 0; len--) {
                Set<String> found = vocabulary.chinese(text.substring(i, i + len));
                if (!afterNumber || !afterCounter) {
                    found = found.stream().filter(cat -> (afterNumber || !cat.startsWith("unit."))
                            && (afterCounter || !cat.equals("measure"))).collect(java.util.stream.Collectors.toSet());
                }
                if (!found.isEmpty()) {
                    best = len;
                    categories = found;
                    break;
                }
            }
            if (best == 0 && numeral == i) {
                if (runStart < 0) {
                    runStart = i;
                }
                i++;
                continue;
            }
            if (runStart >= 0) {
                out.add(new QuestionToken(Kind.HAN, text.substring(runStart, i), runStart, i, Set.of(), 0));
                runStart = -1;
            }
            if (numeral - i > best) {
                out.add(new QuestionToken(Kind.NUMBER, text.substring(i, numeral), i, numeral, Set.of(),
                        chineseNumber(text.substring(i, numeral))));
                i = numeral;
            } else {
                out.add(new QuestionToken(Kind.HAN, text.substring(i, i + best), i, i + best, categories, 0));
                i += best;
            }
        }
        if (runStart >= 0) {
            out.add(new QuestionToken(Kind.HAN, text.substring(runStart, to), runStart, to, Set.of(), 0));
        }
    }

    /** Joins Latin words the vocabulary knows as a phrase ("how many", "last week"); gives words their categories. */
    private List<QuestionToken> phrases(String question, List<QuestionToken> raw) {
        List<QuestionToken> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            QuestionToken t = raw.get(i);
            if (t.kind() != Kind.WORD) {
                out.add(t);
                continue;
            }
            boolean joined = false;
            for (int len = vocabulary.longestEnglish(); len > 0 && !joined; len--) {
                if (i + len > raw.size() || !allWords(raw, i, len)) {
                    continue;
                }
                StringBuilder words = new StringBuilder();
                for (int k = i; k < i + len; k++) {
                    words.append(k > i ? " " : "").append(raw.get(k).text());
                }
                Set<String> categories = vocabulary.english(words.toString());
                if (!categories.isEmpty()) {
                    QuestionToken last = raw.get(i + len - 1);
                    int number = categories.stream().filter(c -> c.startsWith("number.")).findFirst()
                            .map(c -> Integer.parseInt(c.substring(7))).orElse(0);
                    Kind kind = number > 0 ? Kind.NUMBER : Kind.WORD;
                    out.add(new QuestionToken(kind, question.substring(t.start(), last.end()), t.start(), last.end(),
                            categories, number));
                    i += len - 1;
                    joined = true;
                }
            }
            if (!joined) {
                boolean nameLike = t.text().contains("-") || t.text().contains("_");
                out.add(nameLike ? new QuestionToken(Kind.FILENAME, t.text(), t.start(), t.end(), Set.of(), 0) : t);
            }
        }
        return out;
    }

    private static boolean allWords(List<QuestionToken> raw, int from, int len) {
        for (int k = from; k < from + len; k++) {
            if (raw.get(k).kind() != Kind.WORD) {
                return false;
            }
        }
        return true;
    }

    static int chineseNumber(String s) {
        int total = 0;
        int digit = 0;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            }
        }
        return total + digit;
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
