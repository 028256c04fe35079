package dev.zhiku.rag.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 addresses (exactly four octets of 0–255, not part of a longer dotted run, not right after a word such as
 * "version" or "v") and IPv6 addresses, full or compressed with one {@code ::}.
 */
public final class IpAddressDetector implements Detector {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern V4 = Pattern.compile(
            "(?<![0-9A-Za-z.])" + OCTET + "(?:\\." + OCTET + "){3}(?![0-9A-Za-z]|\\.\\d)");
    private static final Pattern V6_CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z:.])[0-9A-Fa-f:]{2,39}(?![0-9A-Za-z:])");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern VERSION_CONTEXT = Pattern.compile(
            "(?:version|ver\\.?|v|release|build|版本号?|版本为)\\s*[:：]?\\s*$");

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher v4 = V4.matcher(text);
        while (v4.find()) {
            String before = text.substring(Math.max(0, v4.start() - 12), v4.start()).toLowerCase(Locale.ROOT);
            if (!VERSION_CONTEXT.matcher(before).find()) {
                found.add(Finding.of(Kind.IP, text, v4.start(), v4.end()));
            }
        }
        Matcher v6 = V6_CANDIDATE.matcher(text);
        while (v6.find()) {
            if (v6.group().chars().anyMatch(Character::isDigit) && isIpv6(v6.group())) {
                found.add(Finding.of(Kind.IP, text, v6.start(), v6.end()));
            }
        }
        return found;
    }

    static boolean isIpv6(String s) {
        int compressed = s.indexOf("::");
        if (compressed != s.lastIndexOf("::") || s.contains(":::")) {
            return false;
        }
        if (compressed < 0) {
            return groups(s) == 8;
        }
        String head = s.substring(0, compressed);
        String tail = s.substring(compressed + 2);
        int h = head.isEmpty() ? 0 : groups(head);
        int t = tail.isEmpty() ? 0 : groups(tail);
        return h >= 0 && t >= 0 && h + t <= 7 && h + t >= 1;
    }

    private static int groups(String part) {
        String[] groups = part.split(":", -1);
        for (String g : groups) {
            if (!HEX_GROUP.matcher(g).matches()) {
                return -1;
            }
        }
        return groups.length;
    }
}
