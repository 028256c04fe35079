package dev.zhiku.rag.redact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese resident identity numbers. The 18-character form needs a known province prefix, a real birth date
 * and a correct ISO 7064 MOD 11-2 check character; the old 15-digit form a known prefix and a real date in the
 * 1900s. Numbers of the right shape that fail a check are left alone.
 */
public final class ChineseIdDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Set<Integer> PROVINCES = Set.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36,
            37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isValid(m.group(1))) {
                found.add(Finding.of(Kind.ID, text, m.start(1), m.end(1)));
            }
        }
        return found;
    }

    /** Whether {@code id} is a valid 18- or 15-character resident identity number. */
    public static boolean isValid(String id) {
        if (!PROVINCES.contains(Integer.parseInt(id.substring(0, 2)))) {
            return false;
        }
        if (id.length() == 15) {
            return isDate(1900 + Integer.parseInt(id.substring(6, 8)), id.substring(8, 12));
        }
        int year = Integer.parseInt(id.substring(6, 10));
        return year >= 1900 && isDate(year, id.substring(10, 14))
                && Character.toUpperCase(id.charAt(17)) == checkCharacter(id.substring(0, 17));
    }

    /** The MOD 11-2 check character for the first 17 digits of an identity number. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static boolean isDate(int year, String monthDay) {
        try {
            LocalDate date = LocalDate.of(year, Integer.parseInt(monthDay.substring(0, 2)),
                    Integer.parseInt(monthDay.substring(2, 4)));
            return !date.isAfter(LocalDate.of(2100, 1, 1));
        } catch (DateTimeException e) {
            return false;
        }
    }
}
