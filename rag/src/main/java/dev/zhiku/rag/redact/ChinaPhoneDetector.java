package dev.zhiku.rag.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mainland China phone numbers: mobiles {@code 1[3-9]x xxxx xxxx} with an optional {@code +86}/{@code 0086}
 * prefix and space or dash separators, and landlines {@code 0xx(x)-xxxxxxx(x)} whose area code is separated
 * from the number (a bare run of digits starting with 0 is more often an order number than a landline).
 */
public final class ChinaPhoneDetector implements Detector {

    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z+-])(?:(?:\\+|00)86[ -]?|\\(\\+?86\\)[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}"
                    + "(?![0-9A-Za-z])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9A-Za-z+-])(?:\\(0(?:10|2\\d|[3-9]\\d{2})\\)[ -]?"
                    + "|（0(?:10|2\\d|[3-9]\\d{2})）|0(?:10|2\\d|[3-9]\\d{2})[ -])"
                    + "[2-9]\\d{2,3}[ -]?\\d{4}(?:-\\d{1,5})?(?![0-9A-Za-z])");

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        for (Pattern p : List.of(MOBILE, LANDLINE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean afterDigitOrDash = start > 0 && "-+".indexOf(text.charAt(start - 1)) >= 0;
                if (Boundaries.standsAlone(text, start, end) && !afterDigitOrDash) {
                    String digits = Boundaries.digits(m.group());
                    if (p == MOBILE || digits.length() >= 10) {
                        found.add(Finding.of(Kind.PHONE, text, start, end));
                    }
                }
            }
        }
        return found;
    }
}
