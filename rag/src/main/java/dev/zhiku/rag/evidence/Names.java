package dev.zhiku.rag.evidence;

import dev.zhiku.core.translate.BilingualDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an English text gives (runs of capitalised words: "Li Bai", "Su Shi's", "West Lake"), and how the
 * bilingual dictionary writes them in Chinese (李白, 苏轼, 西湖): what ties an English question to the Chinese
 * passage about the person or place it names, where no other word is shared.
 */
public final class Names {

    /** A run of capitalised words; "I" alone is no name. */
    private static final Pattern NAME = Pattern.compile("\\b(?!I\\b)\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private Names() {
    }

    /** The names of an English text, "'s" dropped; none for a text with Chinese in it. */
    public static List<String> in(String text) {
        List<String> names = new ArrayList<>();
        if (HAN.matcher(text).find()) {
            return names;
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group().replaceAll("['’]s$", "");
            // a question's first word is capitalised too ("When", "Which", "In"): function words are no names
            String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (QueryTerms.isStopWord(first)) {
                name = name.indexOf(' ') > 0 ? name.substring(name.indexOf(' ') + 1) : "";
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The name lower-cased, and the dictionary's Chinese for it when it knows the whole name as one entry. */
    public static List<String> writtenForms(String name) {
        List<String> out = new ArrayList<>();
        out.add(name.toLowerCase(Locale.ROOT));
        out.addAll(chinese(name));
        return out;
    }

    /** The dictionary's Chinese for the whole name (李白 for "Li Bai"), or none. */
    public static List<String> chinese(String name) {
        List<List<String>> chinese = BilingualDictionary.standard().chineseFor(name);
        return chinese.size() == 1 ? chinese.getFirst() : List.of();
    }
}
