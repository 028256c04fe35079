package dev.zhiku.app.ui.knowledge;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's problem as the window's language says it. The indexer records its reasons in English (the catalog,
 * {@code zhiku status} and the logs keep them so); the Knowledge screen shows a known reason through the bundle's
 * {@code reason.*} message, the reason's own values (a size, a parser's message) filled in. A reason of several parts
 * ("only the first 4000000 characters were indexed; large plain-text file: …") is shown part by part, and a part no
 * rule knows stays as it was written. The English bundle's {@code reason.*} messages are the wordings translated from;
 * an English window shows the reason as the indexer wrote it (with all of its detail).
 */
final class ProblemReasonText {

    private record Rule(Pattern pattern, String key) {
    }

    /** Reasons that contain "; " themselves, matched whole before a reason is cut into parts. */
    private static final List<Rule> WHOLE = List.of(
            new Rule(Pattern.compile("password-protected: .*"), "reason.passwordProtected"));

    private static final List<Rule> PARTS = List.of(
            new Rule(Pattern.compile("damaged or unreadable file(?:: (.*))?"), "reason.damaged"),
            new Rule(Pattern.compile("empty file"), "reason.empty"),
            new Rule(Pattern.compile("symbolic link loop(?: \\(.*\\))?"), "reason.linkLoop"),
            new Rule(Pattern.compile("permission denied(?:: .*)?"), "reason.permission"),
            new Rule(Pattern.compile("the file disappeared before it could be read"), "reason.disappeared"),
            new Rule(Pattern.compile("this version of the format is not supported"), "reason.formatVersion"),
            new Rule(Pattern.compile("indexing was stopped before the file was read"), "reason.stopped"),
            new Rule(Pattern.compile("folder or file not found"), "reason.notFound"),
            new Rule(Pattern.compile("larger than the (.+) limit \\((.+)\\)"), "reason.tooLarge"),
            new Rule(Pattern.compile("only the first (\\d+) characters were indexed"), "reason.truncatedText"),
            new Rule(Pattern.compile("only the first (\\d+) attachments or entries were read"), "reason.truncatedParts"),
            new Rule(Pattern.compile("large plain-text file: keyword search only, no semantic vectors"),
                    "reason.keywordOnly"),
            new Rule(Pattern.compile("no text layer — install Tesseract.*"), "reason.noTextLayer"));

    private ProblemReasonText() {
    }

    static String of(String reason, ResourceBundle bundle) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        if ("en".equals(bundle.getLocale().getLanguage())) {
            return reason;
        }
        String whole = translated(reason.strip(), WHOLE, bundle);
        if (whole != null) {
            return whole;
        }
        List<String> out = new ArrayList<>();
        for (String part : reason.split("; ")) {
            String t = translated(part.strip(), PARTS, bundle);
            out.add(t != null ? t : part.strip());
        }
        return String.join(bundle.getString("reason.separator"), out);
    }

    private static String translated(String text, List<Rule> rules, ResourceBundle bundle) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            if (m.matches() && bundle.containsKey(rule.key())) {
                Object[] values = new Object[m.groupCount()];
                for (int g = 0; g < values.length; g++) {
                    values[g] = m.group(g + 1) == null ? "" : m.group(g + 1);
                }
                return new MessageFormat(bundle.getString(rule.key()), bundle.getLocale()).format(values);
            }
        }
        return null;
    }
}
