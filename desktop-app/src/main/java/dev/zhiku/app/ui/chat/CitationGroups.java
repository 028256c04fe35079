package dev.zhiku.app.ui.chat;

import dev.zhiku.core.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds the citations of one answer into chips: copies of one document (the same name in another format,
 * {@code report.docx} and {@code report.pdf}, or with a language tag, {@code guide_en.md} and {@code guide_zh.md})
 * make one chip whose first citation opens and whose others are offered as "also in …". Several places of the very
 * same file make one chip too ("[1] manual.pdf", then a small "[2]", "[3]" button for each further place): three chips
 * naming one file read as three sources. Parts inside a file (an e-mail's attachment) are never folded with the
 * file.
 */
final class CitationGroups {

    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "[ ._-]*(\\(|（)?(en|eng|english|zh|zh[-_]cn|zh[-_]hans|cn|chs|chinese|中文|英文|简体)(\\)|）)?$");

    private CitationGroups() {
    }

    /**
     * One chip.
     *
     * @param main   the citation the chip opens
     * @param places further places in the main citation's own file, in answer order
     * @param copies the other copies of the same document, in answer order
     */
    record Group(Citation main, List<Citation> places, List<Citation> copies) {

        Group {
            places = List.copyOf(places);
            copies = List.copyOf(copies);
        }

        /** The [n] numbers the chip stands for, in order. */
        List<Integer> numbers() {
            List<Integer> numbers = new ArrayList<>();
            numbers.add(main.number());
            places.forEach(c -> numbers.add(c.number()));
            copies.forEach(c -> numbers.add(c.number()));
            return numbers;
        }
    }

    static List<Group> of(List<Citation> citations) {
        Map<String, List<Citation>> byDocument = new LinkedHashMap<>();
        for (Citation c : citations) {
            byDocument.computeIfAbsent(documentKey(c), k -> new ArrayList<>()).add(c);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Citation> same : byDocument.values()) {
            Citation main = same.getFirst();
            List<Citation> places = new ArrayList<>();
            List<Citation> copies = new ArrayList<>();
            for (Citation c : same.subList(1, same.size())) {
                if (c.displayPath().equals(main.displayPath())) {
                    places.add(c);
                } else if (copies.stream().noneMatch(d -> d.displayPath().equals(c.displayPath()))) {
                    // one "also in" per copy: its first place, the one the answer cites first
                    copies.add(c);
                }
            }
            groups.add(new Group(main, places, copies));
        }
        return groups;
    }

    /** The file name without folder, extension and language tag, lower case; a member keeps its own key. */
    static String documentKey(Citation c) {
        if (c.member() != null && !c.member().isEmpty()) {
            return c.displayPath();
        }
        String name = fileName(c.path()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String untagged = LANGUAGE_TAG.matcher(stem).replaceFirst("");
        return untagged.isBlank() ? stem : untagged;
    }

    static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
