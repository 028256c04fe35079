package dev.zhiku.rag.collection;

import dev.zhiku.core.Passage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other-language names of a topic, so that "Which documents mention Qualcomm?" also finds the documents that
 * write 高通: from a small dictionary ({@code aliases.txt}) and from the documents' own bilingual text, where a
 * name is followed by its translation in brackets ("高通（Qualcomm）", "Qualcomm (高通)").
 */
public final class TopicAliases {

    private static final Map<String, List<String>> DICTIONARY = load();
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,12}");
    private static final Pattern LATIN_NAME =
            Pattern.compile("[A-Za-z][A-Za-z0-9&.\\-]*(?: [A-Z][A-Za-z0-9&.\\-]*){0,3}");

    private TopicAliases() {
    }

    /** The dictionary's other-language names of a topic (either side may be asked). */
    public static List<String> known(String topic) {
        String key = topic.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> e : DICTIONARY.entrySet()) {
            if (e.getKey().equals(key)) {
                out.addAll(e.getValue());
            } else if (e.getValue().contains(topic.strip())) {
                out.add(e.getKey());
            }
        }
        return new ArrayList<>(out);
    }

    /** Names in the other script written in brackets right after (or before) the topic in these passages. */
    public static List<String> fromText(String topic, List<Passage> passages) {
        boolean han = topic.codePoints().anyMatch(QuestionTokenizer::isHan);
        String quoted = Pattern.quote(topic.strip());
        Pattern after = Pattern.compile("(?i)" + quoted + "\\s*[（(]\\s*([^）)]{1,40}?)\\s*[）)]");
        Pattern before = Pattern.compile("(?i)([^\\s（()）]{1,40})\\s*[（(]\\s*" + quoted + "\\s*[）)]");
        Set<String> out = new LinkedHashSet<>();
        for (Passage p : passages) {
            for (Pattern pattern : List.of(after, before)) {
                Matcher m = pattern.matcher(p.text());
                while (m.find() && out.size() < 4) {
                    String other = otherScript(m.group(1), han, pattern == before);
                    if (other != null) {
                        out.add(other);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String otherScript(String candidate, boolean topicIsHan, boolean takeEnd) {
        Matcher m = (topicIsHan ? LATIN_NAME : HAN_RUN).matcher(candidate);
        String found = null;
        while (m.find()) {
            found = m.group();
            if (!takeEnd) {
                break;
            }
        }
        if (found == null || (takeEnd && !candidate.endsWith(found))) {
            return null;
        }
        return found.length() >= 2 ? found : null;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new TreeMap<>();
        try (InputStream in = TopicAliases.class.getResourceAsStream("aliases.txt")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf(" = ");
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (String n : line.substring(eq + 3).split("\\|")) {
                    names.add(n.strip());
                }
                out.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
