package dev.zhiku.app.bench;

import dev.zhiku.core.text.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions for a benchmark, made from the words of indexed passages so that they hit the corpus the way a
 * person's questions would: a term from a passage put into a generic English or Chinese question. A passage with
 * Chinese text gives a Chinese question; a passage in English gives an English question two times in three and a
 * Chinese question about the English term otherwise. Same passages and seed, same questions.
 */
final class BenchQuestions {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{4,24}");
    private static final Set<String> STOP = Set.of("about", "above", "after", "again", "against", "being", "below",
            "between", "could", "does", "doing", "during", "every", "first", "following", "found", "from", "further",
            "given", "having", "here", "into", "itself", "might", "more", "most", "must", "other", "should", "since",
            "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
            "through", "under", "until", "used", "using", "very", "what", "when", "where", "which", "while", "will",
            "with", "within", "without", "would", "your", "also", "because", "before", "both", "each", "example",
            "however", "many", "only", "same", "still", "whether", "another", "always", "never");
    private static final String[] ENGLISH_ONE = {"What is %s?", "How do I configure %s?", "When should I use %s?",
        "Why would %s fail?", "Where is %s described?"};
    private static final String[] ENGLISH_TWO = {"What does the documentation say about %s and %s?",
        "How does %s relate to %s?", "How do I use %s with %s?"};
    private static final String[] CHINESE_ABOUT_ENGLISH_ONE = {"%s是什么意思？", "如何配置%s？", "什么时候应该使用%s？"};
    private static final String[] CHINESE_ABOUT_ENGLISH_TWO = {"%s和%s有什么区别？", "%s与%s有什么关系？"};
    private static final String[] CHINESE = {"%s是什么？", "关于%s，文档里怎么说？", "如何处理%s？", "%s有哪些要求？",
        "为什么需要%s？"};

    private BenchQuestions() {
    }

    /** Up to one question per passage text, in the order given, without duplicates. */
    static List<String> from(List<String> passages, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> questions = new LinkedHashSet<>();
        for (String text : passages) {
            String q = hasHan(text) ? chinese(text, random) : english(text, random);
            if (q != null) {
                questions.add(q);
            }
        }
        return List.copyOf(questions);
    }

    /** Whether a question is in Chinese (for the benchmark's report). */
    static boolean isChinese(String question) {
        return hasHan(question);
    }

    private static String chinese(String text, SplittableRandom random) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && Scripts.isCjk(text.charAt(i)) && Character.isLetter(text.charAt(i));
            if (han && start < 0) {
                start = i;
            } else if (!han && start >= 0) {
                if (i - start >= 2) {
                    runs.add(text.substring(start, i));
                }
                start = -1;
            }
        }
        if (runs.isEmpty()) {
            return english(text, random);
        }
        String run = runs.get(random.nextInt(runs.size()));
        int length = Math.min(run.length(), 2 + random.nextInt(3));
        int at = random.nextInt(run.length() - length + 1);
        return CHINESE[random.nextInt(CHINESE.length)].formatted(run.substring(at, at + length));
    }

    private static String english(String text, SplittableRandom random) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!STOP.contains(w) && !words.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String a = words.get(random.nextInt(words.size()));
        String b = words.size() > 1 ? words.get(random.nextInt(words.size())) : a;
        boolean two = !a.equals(b) && random.nextInt(3) == 0;
        boolean inChinese = random.nextInt(3) == 0;
        String[] templates = inChinese ? (two ? CHINESE_ABOUT_ENGLISH_TWO : CHINESE_ABOUT_ENGLISH_ONE)
                : (two ? ENGLISH_TWO : ENGLISH_ONE);
        return templates[random.nextInt(templates.length)].formatted(a, b);
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Scripts.isCjk(text.charAt(i)) && Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
