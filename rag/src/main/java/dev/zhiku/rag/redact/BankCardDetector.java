package dev.zhiku.rag.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13–19 digits, written whole or in groups of 3–6 separated by one kind of space or
 * dash, passing the Luhn check, with an issuer prefix that card networks use (Visa 4, Mastercard 51–55 and
 * 2221–2720, UnionPay 62 and other 6s, Amex, JCB and Diners 3x). A run of digits longer than 19 is never a card,
 * whatever part of it passes Luhn.
 */
public final class BankCardDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z.,+-])\\d{3,19}(?:[ -]\\d{3,6}(?!\\d)){0,5}");

    private static final Pattern GROUP = Pattern.compile("\\d+");

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (m.end() < text.length() && Boundaries.isAsciiAlnum(text.charAt(m.end()))) {
                continue;
            }
            // Groups may belong to neighbours ("ID 110… 4111 …"): try every run of whole groups, longest first.
            List<int[]> groups = new ArrayList<>();
            Matcher g = GROUP.matcher(text).region(m.start(), m.end());
            while (g.find()) {
                groups.add(new int[] {g.start(), g.end()});
            }
            int i = 0;
            while (i < groups.size()) {
                int j = groups.size() - 1;
                while (j >= i && !isCard(text.substring(groups.get(i)[0], groups.get(j)[1]))) {
                    j--;
                }
                if (j >= i) {
                    found.add(Finding.of(Kind.CARD, text, groups.get(i)[0], groups.get(j)[1]));
                    i = j + 1;
                } else {
                    i++;
                }
            }
        }
        return found;
    }

    private static boolean isCard(String written) {
        boolean spaced = written.indexOf(' ') >= 0;
        boolean dashed = written.indexOf('-') >= 0;
        if (spaced && dashed) {
            return false;
        }
        if ((spaced || dashed) && !written.matches("\\d{4,6}([ -]\\d{3,6})+")) {
            return false;
        }
        String digits = Boundaries.digits(written);
        return digits.length() >= 13 && digits.length() <= 19 && plausibleIssuer(digits) && passesLuhn(digits);
    }

    static boolean plausibleIssuer(String digits) {
        int first = digits.charAt(0) - '0';
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        return first == 4 || first == 6 || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)
                || two == 34 || two == 37 || two == 35 || two == 36 || two == 30 || two == 38;
    }

    /** Whether the digits pass the Luhn (mod 10) check. */
    public static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
