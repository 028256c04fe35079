package dev.zhiku.rag.gate;

import dev.zhiku.core.translate.BilingualDictionary;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.evidence.EnglishWords;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.FileNames;
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
 * word with what it is asked to do, and when no such sentence names the subject at all.
 *
 * <p>Only the ability clause of the question counts ("can X …", "X 能不能 …"), only a subject that is a named
 * thing (not "I", "you", "any user"), and only sentences in the question's script: a sentence in the other
 * language may say it in words that share none with the question.
 */
final class AskedAbility {

    /**
     * A form of the question: the subject is its group 1, what the subject is asked to do its group 2, and the
     * refusal a format of the subject and that clause.
     *
     * @param verbFirst the clause starts with a verb that relates options to what they do ("sets", "makes"), which
     *                  says nothing of what this one does
     */
    private record Form(Pattern pattern, String refusal, boolean verbFirst) {
        Form(String regex, String refusal) {
            this(Pattern.compile(regex), refusal, false);
        }
    }

    /** "can scp resume …", "how do I make passwd e-mail …", "which useradd option sets …", "does mandb support …". */
    private static final List<Form> ENGLISH = List.of(
            new Form("(?i)\\b(?:can|could)\\s+([\\p{IsLatin}\\d_][\\p{IsLatin}\\d_.-]*)\\s+([^?!.;]+)",
                    "The passages about %s never say whether it can %s."),
            new Form("(?i)\\bhow (?:do|can|could|would) (?:I|we|you) (?:make|get|have|let|tell)\\s+"
                    + "([\\p{IsLatin}\\d_][\\p{IsLatin}\\d_.-]*)\\s+([^?!.;]+)",
                    "The passages about %s never say how to make it %s."),
            new Form(Pattern.compile("(?i)\\bwhich\\s+([\\p{IsLatin}\\d_][\\p{IsLatin}\\d_.-]*)\\s+(?:option|flag|"
                    + "switch|setting|parameter)s?\\s+((?:sets?|makes?|lets?|controls?|changes?|enables?|turns?|adds?|"
                    + "prints?|shows?|sends?|keeps?|stops?|removes?|writes?)\\b[^?!.;]+)"),
                    "The passages about %s never mention an option that %s.", true),
            new Form("(?i)\\b(?:does|do|will)\\s+([\\p{IsLatin}\\d_][\\p{IsLatin}\\d_.-]*)\\s+(?:support|allow|"
                    + "offer)\\s+([^?!.;]+)", "The passages about %s never say whether it supports %s."));
    /** "split 能不能 …", "tar 能否 …", "mandb 支持…吗": a Latin name right before the modal is the subject. */
    private static final List<Form> CHINESE = List.of(
            new Form("(?<![\\p{IsLatin}\\d_.-])([\\p{IsLatin}][\\p{IsLatin}\\d_.-]*)"
                    + "\\s*(?:能不能|能否|可不可以|可否|是否能|是否可以)\\s*([^？?。！!；;]+)", "关于 %s 的段落没有说它能否%s。"),
            new Form("(?<![\\p{IsLatin}\\d_.-])([\\p{IsLatin}][\\p{IsLatin}\\d_.-]*)"
                    + "\\s*(?:支持|可以|能够|能)\\s*([^？?。！!；;吗]+)[吗么]", "关于 %s 的段落没有说它是否支持%s。"));
    /**
     * A word that most of the passages naming the subject use ("user" and "new" in useradd's, "password" in
     * passwd's) is the subject's own vocabulary: sharing it says nothing of whether the asked thing is there.
     * Counted only with at least this many such passages.
     */
    static final int VOCABULARY_PASSAGES = 2;
    /** Connectives of the asked clause ("after changing it"): when, not what. */
    private static final Set<String> CONNECTIVES = Set.of("after", "before", "while", "then", "once", "instead",
            "again", "first");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private AskedAbility() {
    }

    /** The reason to refuse, naming the subject and what it was asked to do; empty to go on. */
    static Optional<String> unsaid(String question, List<EvidenceSentence> looked, Language language) {
        String q = Normalizer.normalize(question, Normalizer.Form.NFKC);
        String subject = null;
        String asked = null;
        Form form = null;
        int at = -1;
        for (Form f : language == Language.ZH ? CHINESE : ENGLISH) {
            Matcher m = f.pattern().matcher(q);
            while (m.find()) {
                // the last such clause is the question; earlier ones are its setting
                if (m.start() > at) {
                    at = m.start();
                    form = f;
                    subject = m.group(1).replaceAll("[.-]+$", "");
                    asked = m.group(2).strip();
                }
            }
        }
        if (subject == null || QueryTerms.isStopWord(subject.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Set<String> doing = QueryTerms.of(form.verbFirst() ? asked.replaceFirst("^\\S+\\s*", "") : asked);
        doing.removeAll(QueryTerms.of(subject));
        doing.removeAll(CONNECTIVES);
        if (doing.isEmpty()) {
            return Optional.empty();
        }
        String name = subject.toLowerCase(Locale.ROOT);
        boolean han = HAN.matcher(asked).find();
        List<EvidenceSentence> about = looked.stream()
                .filter(s -> Normalizer.normalize(s.hit().passage().text(), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT).contains(name))
                .toList();
        // a subject that is a name, not an everyday word, and that no quoted passage names: what was found is about
        // something else ("start over" and "copy" in a database manual, for "can scp carry on …")
        if (about.isEmpty() && !EnglishWords.contains(name)) {
            return Optional.of(language == Language.ZH ? "找到的段落都没有提到“" + subject + "”。"
                    : "None of the passages found mentions “" + subject + "”.");
        }
        // the tool's own page, when one was found, is where what it can do is said: a word of the asked clause in
        // another tool's page that mentions it ("new" of newusers, for "make passwd e-mail the new password") is not
        List<EvidenceSentence> own = about.stream().filter(s -> FileNames.isNamedAfter(s.hit().passage(), name))
                .toList();
        if (!own.isEmpty()) {
            about = own;
        }
        List<EvidenceSentence> same = about.stream().filter(s -> HAN.matcher(s.text()).find() == han).toList();
        List<EvidenceSentence> other = about.stream().filter(s -> HAN.matcher(s.text()).find() != han).toList();
        // the words most passages about the subject share ("user" of useradd's) say nothing of the asked thing
        doing.removeAll(vocabulary(same));
        boolean saidInOwnScript = !same.isEmpty() && (doing.isEmpty() || same.stream().map(s -> terms(s.text()))
                .anyMatch(said -> doing.stream().anyMatch(said::contains)));
        String clause = language == Language.ZH ? asked.replaceAll("[吗呢啊么]+$", "") : asked;
        Optional<String> refused = Optional.of(String.format(Locale.ROOT, form.refusal(), subject, clause));
        // a Chinese question's words are character pairs, which a paraphrase in the other language shares none of:
        // with English sentences about the subject, the asked words are looked for in translation, and only a
        // clause of two or more translated words none of which is there is refused ("同步到云端" of a manual that
        // never says sync or cloud); one word is too little to tell, as the dictionary's words are not always the
        // manual's (份数 against "CHUNKS")
        if (han && !other.isEmpty()) {
            return saidInOwnScript || saidInTranslation(asked, other) ? Optional.empty() : refused;
        }
        // an English question is judged by the English sentences, and a Chinese one about the subject that holds a
        // translation of the asked words keeps the answer
        return same.isEmpty() || saidInOwnScript || !other.isEmpty() && translated(doing, other) ? Optional.empty()
                : refused;
    }

    /**
     * Whether the Chinese sentences hold dictionary translations (two or more characters each) of
     * {@link #TRANSLATED_WORDS} of the asked words (or of the only one): one common word alone (任务 of 计划任务, for
     * "job") is found in any chapter on the subject and says nothing of the asked thing ("send … to a Slack channel").
     */
    private static boolean translated(Set<String> doing, List<EvidenceSentence> chinese) {
        List<List<String>> groups = BilingualDictionary.standard().chineseFor(String.join(" ", doing));
        int found = 0;
        for (List<String> options : groups) {
            for (String word : options) {
                if (word.length() >= 2 && chinese.stream().anyMatch(s -> s.text().contains(word))) {
                    found++;
                    break;
                }
            }
        }
        return found > 0 && found >= Math.min(TRANSLATED_WORDS, groups.size());
    }

    /**
     * Whether the passages of the English sentences about the subject hold a dictionary translation of a word of
     * the asked Chinese clause (the whole passage: the sentence that says it in the manual's terms is often not one
     * of those quoted); also true when fewer than {@link #ACROSS_WORDS} of its words translate to something that is
     * not the subject's own vocabulary (数据库 of a database manual), as then there is too little to tell.
     */
    private static boolean saidInTranslation(String asked, List<EvidenceSentence> english) {
        Set<String> vocabulary = vocabulary(english);
        List<Set<String>> said = english.stream().map(s -> s.hit().passage()).distinct()
                .map(p -> terms(p.text())).toList();
        int weighed = 0;
        for (List<String> options : BilingualDictionary.standard().englishForText(asked)) {
            Set<String> words = QueryTerms.of(String.join(" ", options));
            if (words.isEmpty() || words.stream().anyMatch(vocabulary::contains)) {
                continue;
            }
            if (said.stream().anyMatch(terms -> words.stream().anyMatch(terms::contains))) {
                return true;
            }
            weighed++;
        }
        return weighed < ACROSS_WORDS;
    }

    /** How many asked Chinese words, none of them said in translation, refuse an answer from English sentences. */
    static final int ACROSS_WORDS = 2;

    /** How many asked words a Chinese sentence about the subject must translate to keep the answer. */
    static final int TRANSLATED_WORDS = Integer.getInteger("zhiku.gate.translatedWords", 2);

    /** The content words of a text, full-width forms folded. */
    private static Set<String> terms(String text) {
        return QueryTerms.of(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /** The words most passages of these sentences share, when there are enough of them to tell. */
    private static Set<String> vocabulary(List<EvidenceSentence> about) {
        List<Set<String>> passages = about.stream().map(s -> s.hit().passage()).distinct()
                .map(p -> terms(p.text())).toList();
        Set<String> shared = new java.util.HashSet<>();
        if (passages.size() < VOCABULARY_PASSAGES) {
            return shared;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        passages.forEach(terms -> terms.forEach(t -> counts.merge(t, 1, Integer::sum)));
        counts.forEach((term, n) -> {
            if (n >= Math.max(2, (passages.size() + 1) / 2)) {
                shared.add(term);
            }
        });
        return shared;
    }
}
