package dev.zhiku.llm.download;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code Content-Range} header: {@code bytes 100-199/1000}, or {@code bytes *}{@code /1000} on a 416.
 *
 * @param start the first byte, or -1 for {@code *}
 * @param total the full size, or -1 for {@code *}
 */
record ContentRange(long start, long total) {

    private static final Pattern FORMAT = Pattern.compile("bytes\\s+(?:(\\d+)-\\d+|\\*)/(\\d+|\\*)");

    /** Parses the header, or returns {@code null} when it is missing or malformed. */
    static ContentRange parse(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(header.strip());
        if (!m.matches()) {
            return null;
        }
        long start = m.group(1) == null ? -1 : Long.parseLong(m.group(1));
        long total = m.group(2).equals("*") ? -1 : Long.parseLong(m.group(2));
        return new ContentRange(start, total);
    }
}
