package dev.zhiku.rag.collection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question about the collection as a structured query over the catalog and the index.
 *
 * @param intent what is wanted
 * @param types  file types by everyday name ({@code pdf}, {@code word}, {@code excel}, {@code ppt}, {@code email},
 *               {@code image}; see {@link FileTypes}), any of which may match
 * @param kinds  kinds of document named by words in file names, titles or opening text ({@code contract},
 *               {@code invoice}, {@code report}, {@code offer}, ...), any of which may match
 * @param folder part of the folder path (a folder's name), or null
 * @param from   modified on or after this day, or null
 * @param to     modified before this day, or null
 * @param author the author (or sender) named, or null
 * @param topic  for {@link QueryIntent#MENTIONS}: what the documents mention, or null
 * @param names  file names (or parts of them) named in the question
 * @param limit  how many documents the question speaks of ("the three reports"), or 0
 */
public record CollectionQuery(QueryIntent intent, Set<String> types, Set<String> kinds, String folder,
                              LocalDate from, LocalDate to, String author, String topic, List<String> names,
                              int limit) {

    private static final int MAX_TEXT = 200;

    public CollectionQuery {
        types = Set.copyOf(new TreeSet<>(types == null ? Set.of() : types));
        kinds = Set.copyOf(new TreeSet<>(kinds == null ? Set.of() : kinds));
        names = names == null ? List.of() : List.copyOf(names);
    }

    public static CollectionQuery of(QueryIntent intent) {
        return new CollectionQuery(intent, Set.of(), Set.of(), null, null, null, null, null, List.of(), 0);
    }

    /** The query as JSON-ready values; empty parts left out ({@code {"intent":"count","types":["pdf"]}}). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intent", intent.jsonName());
        if (!types.isEmpty()) {
            m.put("types", new ArrayList<>(new TreeSet<>(types)));
        }
        if (!kinds.isEmpty()) {
            m.put("kinds", new ArrayList<>(new TreeSet<>(kinds)));
        }
        putIf(m, "folder", folder);
        putIf(m, "from", from == null ? null : from.toString());
        putIf(m, "to", to == null ? null : to.toString());
        putIf(m, "author", author);
        putIf(m, "topic", topic);
        if (!names.isEmpty()) {
            m.put("names", names);
        }
        if (limit > 0) {
            m.put("limit", limit);
        }
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    /**
     * Reads the form {@link #toMap()} writes (from a model's JSON, for example), checking every part against the
     * vocabulary: an unknown intent, type or kind, a date that is not yyyy-mm-dd, a range that ends before it
     * starts, or an unexpected key is an {@link IllegalArgumentException} saying which.
     */
    public static CollectionQuery fromMap(Map<String, ?> m, Vocabulary vocabulary) {
        Set<String> known = Set.of("intent", "types", "kinds", "folder", "from", "to", "author", "topic", "names",
                "limit");
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unexpected key \"" + key + "\"");
            }
        }
        if (!(m.get("intent") instanceof String name) || QueryIntent.ofJsonName(name) == null) {
            throw new IllegalArgumentException("intent must be one of count, list, mentions, summarize, compare, "
                    + "recent, largest, oldest; was " + m.get("intent"));
        }
        QueryIntent intent = QueryIntent.ofJsonName(name);
        Set<String> types = words(m.get("types"), "types", vocabulary.values("type"));
        Set<String> kinds = words(m.get("kinds"), "kinds", vocabulary.values("kind"));
        LocalDate from = date(m.get("from"), "from");
        LocalDate to = date(m.get("to"), "to");
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        Object limit = m.get("limit");
        int n = 0;
        if (limit != null) {
            if (!(limit instanceof Number number) || number.intValue() < 0 || number.intValue() > 1000
                    || number.doubleValue() != number.intValue()) {
                throw new IllegalArgumentException("limit must be a whole number from 0 to 1000, was " + limit);
            }
            n = number.intValue();
        }
        String topic = text(m.get("topic"), "topic");
        if (intent == QueryIntent.MENTIONS && topic == null) {
            throw new IllegalArgumentException("a mentions query needs a topic");
        }
        List<String> names = new ArrayList<>();
        if (m.get("names") instanceof List<?> list) {
            for (Object o : list) {
                names.add(text(o, "names"));
            }
        } else if (m.get("names") != null) {
            throw new IllegalArgumentException("names must be a list of strings");
        }
        return new CollectionQuery(intent, types, kinds, text(m.get("folder"), "folder"), from, to,
                text(m.get("author"), "author"), topic, names, n);
    }

    private static Set<String> words(Object value, String key, List<String> allowed) {
        Set<String> out = new TreeSet<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        for (Object o : list) {
            if (!(o instanceof String s) || !allowed.contains(s)) {
                throw new IllegalArgumentException(key + " may hold " + allowed + "; was " + o);
            }
            out.add(s);
        }
        return out;
    }

    private static LocalDate date(Object value, String key) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be a date as yyyy-mm-dd, was " + value);
        }
    }

    private static String text(Object value, String key) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s) || s.length() > MAX_TEXT) {
            throw new IllegalArgumentException(key + " must be a string of at most " + MAX_TEXT + " characters");
        }
        return s.isBlank() ? null : s.strip();
    }
}
