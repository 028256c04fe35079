package dev.zhiku.rag.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International numbers written with a {@code +} and a country code, then 7–14 digits in groups separated by
 * spaces, dots, dashes or an area code in parentheses; E.164 caps the whole number at 15 digits, so trailing
 * groups that would exceed it (a year, a count) are left out. North American numbers are often written without the
 * {@code +1}: {@code (650) 253-0000} and {@code 650-253-0000} are found too (the dashed form only with exactly
 * 3-3-4 digits, so that dates and part numbers stay).
 */
public final class InternationalPhoneDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])\\+[1-9]\\d{0,2}(?:[ .-]?(?:\\(\\d{1,4}\\)|\\d{1,6})){1,7}");
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            "(?<![0-9A-Za-z+(-])(?:\\([2-9]\\d{2}\\)\\s?[2-9]\\d{2}[-.\\s]\\d{4}|[2-9]\\d{2}-[2-9]\\d{2}-\\d{4})"
                    + "(?![0-9A-Za-z]|-\\d)");
    private static final Pattern GROUP_END = Pattern.compile("[ .-]?(?:\\(\\d{1,4}\\)|\\d{1,6})$");

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Boundaries.isAsciiAlnum(text.charAt(m.start() - 1))) {
                continue;
            }
            String candidate = m.group();
            while (Boundaries.digits(candidate).length() > 15) {
                Matcher last = GROUP_END.matcher(candidate);
                if (!last.find()) {
                    break;
                }
                candidate = candidate.substring(0, last.start());
            }
            int digits = Boundaries.digits(candidate).length();
            int end = m.start() + candidate.length();
            if (digits >= 8 && digits <= 15 && Boundaries.standsAlone(text, m.start() + 1, end)) {
                found.add(Finding.of(Kind.PHONE, text, m.start(), end));
            }
        }
        Matcher na = NORTH_AMERICAN.matcher(text);
        while (na.find()) {
            int start = na.start();
            if (found.stream().noneMatch(f -> f.start() <= start && start < f.end())) {
                found.add(Finding.of(Kind.PHONE, text, start, na.end()));
            }
        }
        return found;
    }
}
