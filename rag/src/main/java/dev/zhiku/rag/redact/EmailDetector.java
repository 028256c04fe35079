package dev.zhiku.rag.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses: a local part, {@code @}, and a dotted domain ending in a letter top-level label. */
public final class EmailDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])");

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            if (m.start() >= 2 && text.startsWith("//", m.start() - 2)) {
                continue; // the user-info of a URL such as https://token@host, not an address
            }
            found.add(Finding.of(Kind.EMAIL, text, m.start(), m.end()));
        }
        return found;
    }
}
