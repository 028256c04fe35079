package dev.zhiku.rag.collection;

import dev.zhiku.core.Passage;
import dev.zhiku.core.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A digest of one document without a model: its sections (headings) and, for each of the most central sections,
 * its most central sentence, with the page. A sentence is central when it shares words with many other sentences
 * of the document (cosine of word sets: English words, Chinese character pairs), so the digest keeps what the
 * document keeps coming back to rather than its first lines.
 */
final class ExtractiveDigest {

    private static final int MAX_SENTENCES = 400;
    private static final int MIN_CHARS = 12;
    private static final int MIN_HAN_CHARS = 6;
    private static final int MAX_CHARS = 280;

    private ExtractiveDigest() {
    }

    private record Sentence(int order, String text, String section, int page, Set<String> words) {
    }

    static String of(List<Passage> passages, int points) {
        List<Sentence> sentences = sentences(passages);
        if (sentences.isEmpty()) {
            return passages.isEmpty() ? "" : clip(passages.getFirst().text().strip());
        }
        double[] centrality = centrality(sentences);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            String section = sentences.get(i).section();
            Integer current = best.get(section);
            if (current == null || centrality[i] > centrality[current]) {
                best.put(section, i);
            }
        }
        List<Integer> chosen = new ArrayList<>(best.values());
        if (chosen.size() < points) {
            // few sections: more sentences, the most central first
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                all.add(i);
            }
            all.sort(Comparator.comparingDouble((Integer i) -> -centrality[i]));
            for (int i : all) {
                if (chosen.size() >= points) {
                    break;
                }
                if (!chosen.contains(i)) {
                    chosen.add(i);
                }
            }
        } else {
            chosen.sort(Comparator.comparingDouble((Integer i) -> -centrality[i]));
            chosen = new ArrayList<>(chosen.subList(0, points));
        }
        chosen.sort(Comparator.naturalOrder());
        StringBuilder out = new StringBuilder();
        String lastSection = null;
        for (int i : chosen) {
            Sentence s = sentences.get(i);
            out.append("- ");
            if (!s.section().isEmpty() && !s.section().equals(lastSection)) {
                out.append("**").append(s.section()).append("**: ");
            }
            lastSection = s.section();
            out.append(s.text());
            if (s.page() > 0) {
                out.append(" (p. ").append(s.page()).append(')');
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    private static List<Sentence> sentences(List<Passage> passages) {
        List<Sentence> out = new ArrayList<>();
        for (Passage p : passages) {
            String section = p.headingPath() == null ? "" : p.headingPath();
            for (SentenceSplitter.Span span : SentenceSplitter.split(p.text())) {
                String text = p.text().substring(span.start(), span.end()).replaceAll("\\s+", " ").strip();
                if (tooShort(text) || text.equals(section)) {
                    continue;
                }
                out.add(new Sentence(out.size(), clip(text), section, p.page(), words(text)));
            }
        }
        if (out.size() <= MAX_SENTENCES) {
            return out;
        }
        List<Sentence> spread = new ArrayList<>();
        for (int i = 0; i < MAX_SENTENCES; i++) {
            spread.add(out.get(i * out.size() / MAX_SENTENCES));
        }
        return spread;
    }

    private static boolean tooShort(String text) {
        boolean han = text.codePoints().anyMatch(QuestionTokenizer::isHan);
        return text.length() < (han ? MIN_HAN_CHARS : MIN_CHARS);
    }

    private static double[] centrality(List<Sentence> sentences) {
        double[] score = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> a = sentences.get(i).words();
            for (int j = i + 1; j < sentences.size(); j++) {
                Set<String> b = sentences.get(j).words();
                if (a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                int shared = 0;
                for (String w : a.size() < b.size() ? a : b) {
                    if ((a.size() < b.size() ? b : a).contains(w)) {
                        shared++;
                    }
                }
                double sim = shared / Math.sqrt((double) a.size() * b.size());
                score[i] += sim;
                score[j] += sim;
            }
        }
        return score;
    }

    /** English words of three letters or more, and pairs of Chinese characters. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : lower.split("[^\\p{IsLatin}\\p{Nd}]+")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
        int previous = -1;
        for (int i = 0; i < lower.length(); i++) {
            int c = lower.charAt(i);
            boolean han = QuestionTokenizer.isHan(c);
            if (han && previous >= 0) {
                words.add(new String(new char[] {(char) previous, (char) c}));
            }
            previous = han ? c : -1;
        }
        return words;
    }

    private static String clip(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1).strip() + "…";
    }
}
