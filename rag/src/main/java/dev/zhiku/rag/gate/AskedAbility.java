package dev.zhiku.rag.gate;

import dev.zhiku.rag.Language;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.QueryTerms;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a question asking if something can do a thing ("Can scp carry on from where it stopped?", "split
 * 能不能按份数切？") finds that thing said of it: the passages about the named tool are found by its name, and
 * an answer quoting its other options ("Forces scp to use IPv4 addresses only") does not say whether it can.
 * Refused when none of the sentences an answer would quote that come from a passage naming the subject shares a
 * word with what it is asked to do.
 *
 * <p>Only the ability clause of the question counts ("can X …", "X 能不能 …"), only a subject that is a named
 * thing (not "I", "you", "any user"), and only sentences in the question's script: a sentence in the other
 * language may say it in words that share none with the question.
 */
final class AskedAbility {

    /** "can scp resume …", "could pg_dump write …": the word after the modal is the subject. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(?:can|could)\\s+([\\p{IsLatin}\\d_][\\p{IsLatin}\\d_.-]*)"
            + "\\s+([^?!.;]+)");
    /** "split 能不能 …", "tar 能否 …": a Latin name right before the modal is the subject. */
    private static final Pattern CHINESE = Pattern.compile("(?<![\\p{IsLatin}\\d_.-])([\\p{IsLatin}][\\p{IsLatin}\\d_.-]*)"
            + "\\s*(?:能不能|能否|可不可以|可否|是否能|是否可以)\\s*([^？?。！!；;]+)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private AskedAbility() {
    }

    /** The reason to refuse, naming the subject and what it was asked to do; empty to go on. */
    static Optional<String> unsaid(String question, List<EvidenceSentence> looked, Language language) {
        String q = Normalizer.normalize(question, Normalizer.Form.NFKC);
        Matcher m = (language == Language.ZH ? CHINESE : ENGLISH).matcher(q);
        String subject = null;
        String asked = null;
        while (m.find()) {
            // the last such clause is the question; earlier ones are its setting
            subject = m.group(1).replaceAll("[.-]+$", "");
            asked = m.group(2).strip();
        }
        if (subject == null || QueryTerms.isStopWord(subject.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Set<String> doing = QueryTerms.of(asked);
        doing.removeAll(QueryTerms.of(subject));
        if (doing.isEmpty()) {
            return Optional.empty();
        }
        String name = subject.toLowerCase(Locale.ROOT);
        boolean han = HAN.matcher(asked).find();
        List<EvidenceSentence> about = looked.stream()
                .filter(s -> Normalizer.normalize(s.hit().passage().text(), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT).contains(name))
                .toList();
        if (about.isEmpty() || about.stream().anyMatch(s -> HAN.matcher(s.text()).find() != han)) {
            return Optional.empty();
        }
        for (EvidenceSentence s : about) {
            Set<String> said = QueryTerms.of(Normalizer.normalize(s.text(), Normalizer.Form.NFKC));
            if (doing.stream().anyMatch(said::contains)) {
                return Optional.empty();
            }
        }
        return Optional.of(language == Language.ZH
                ? "关于 " + subject + " 的段落没有说它能否" + asked.replaceAll("[吗呢啊]+$", "") + "。"
                : "The passages about " + subject + " never say whether it can " + asked + ".");
    }
}
