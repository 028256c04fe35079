package dev.zhiku.rag.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and names the user asked to keep private, matched without regard to case. A term that begins or ends
 * with a Latin letter or digit must not be glued to another one there ("Ann" is not found in "Annual"); Chinese
 * and Japanese terms are found anywhere, as those scripts put no spaces between words.
 */
public final class UserTermDetector implements Detector {

    private final Pattern terms;

    public UserTermDetector(Collection<String> terms) {
        List<String> sorted = terms.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.terms = sorted.isEmpty() ? null : Pattern.compile(
                String.join("|", sorted.stream().map(UserTermDetector::alternative).toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternative(String term) {
        String left = Boundaries.isAsciiAlnum(term.charAt(0)) ? "(?<![0-9A-Za-z])" : "";
        String right = Boundaries.isAsciiAlnum(term.charAt(term.length() - 1)) ? "(?![0-9A-Za-z])" : "";
        return left + Pattern.quote(term) + right;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (terms == null) {
            return found;
        }
        Matcher m = terms.matcher(text);
        while (m.find()) {
            found.add(Finding.of(Kind.TERM, text, m.start(), m.end()));
        }
        return found;
    }
}
