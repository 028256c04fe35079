package dev.zhiku.indexer.discovery;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a {@code .zhikuignore} file, compiled to a regular expression over '/'-separated paths
 * relative to the folder that holds the file.
 *
 * @param source        the line as written, for logs
 * @param regex         matches the relative path of a file or folder
 * @param negated       the line started with {@code !}: a match re-includes
 * @param directoryOnly the line ended with {@code /}: only folders match
 */
record IgnorePattern(String source, Pattern regex, boolean negated, boolean directoryOnly) {

    /** Compiles one line; empty for blank lines and comments. */
    static Optional<IgnorePattern> parse(String line) {
        String text = stripTrailingSpaces(line);
        if (text.isEmpty() || text.startsWith("#")) {
            return Optional.empty();
        }
        boolean negated = text.startsWith("!");
        if (negated) {
            text = text.substring(1);
        }
        boolean directoryOnly = text.endsWith("/") && !text.endsWith("\\/");
        if (directoryOnly) {
            text = text.substring(0, text.length() - 1);
        }
        boolean anchored = text.startsWith("/") || text.indexOf('/') >= 0;
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String body = toRegex(text);
        String regex = anchored ? body : "(?:.*/)?" + body;
        return Optional.of(new IgnorePattern(line, Pattern.compile(regex), negated, directoryOnly));
    }

    /** Whether this line matches a relative path ('/'-separated, no leading slash). */
    boolean matches(String relativePath, boolean isDirectory) {
        return (isDirectory || !directoryOnly) && regex.matcher(relativePath).matches();
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < n) {
                out.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else if (c == '*') {
                int stars = 1;
                while (i + stars < n && glob.charAt(i + stars) == '*') {
                    stars++;
                }
                boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
                int after = i + stars;
                boolean segmentEnd = after == n || glob.charAt(after) == '/';
                if (stars >= 2 && segmentStart && segmentEnd) {
                    if (after == n) {
                        out.append(".*");
                        i = after;
                    } else {
                        out.append("(?:.*/)?");
                        i = after + 1;
                    }
                } else {
                    out.append("[^/]*");
                    i = after;
                }
            } else if (c == '?') {
                out.append("[^/]");
                i++;
            } else if (c == '[') {
                i = appendCharacterClass(glob, i, out);
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }

    /** Appends {@code [...]} starting at {@code open}; a '[' without a closing ']' is a literal. */
    private static int appendCharacterClass(String glob, int open, StringBuilder out) {
        int i = open + 1;
        StringBuilder cls = new StringBuilder("[");
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            cls.append('^');
            i++;
        }
        boolean first = true;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == ']' && !first) {
                out.append("(?!/)").append(cls).append(']');
                return i + 1;
            }
            if (c == '\\' && i + 1 < glob.length()) {
                c = glob.charAt(++i);
            }
            if (c == '-' && !first && i + 1 < glob.length() && glob.charAt(i + 1) != ']') {
                cls.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                cls.append(c);
            } else {
                cls.append('\\').append(c);
            }
            first = false;
            i++;
        }
        out.append(Pattern.quote("["));
        return open + 1;
    }
}
