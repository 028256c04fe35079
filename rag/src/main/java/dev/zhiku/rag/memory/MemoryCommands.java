package dev.zhiku.rag.memory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes requests about personal memory in what the user typed, in Chinese or English:
 * <ul>
 *   <li>remember: "记住…", "请记住：…", "记住我的…", "remember that …", "remember: …", "remember my …";</li>
 *   <li>forget: "忘记…", "请忘掉…", "删除记忆…", "forget …", "forget that …", "forget about …";</li>
 *   <li>list: "我的记忆", "查看记忆", "你记得什么", "list memories", "show my memories", "what do you remember".</li>
 * </ul>
 * Anything else, including questions ("记住了吗？") and sentences that merely use the words ("I remember when …",
 * "我忘记了密码"), is not a command.
 */
public final class MemoryCommands {

    private static final String SEPARATORS = "[\\s:：,，、]*";
    private static final List<Pattern> REMEMBER = List.of(
            Pattern.compile("^(?:请你?|麻烦你?)?(?:帮我)?记住(?:一下)?(?!了)" + SEPARATORS + "(.+)$", Pattern.DOTALL),
            Pattern.compile("^(?:please\\s+)?remember(?:\\s+that\\b|\\s+this\\s*[:：]|\\s*[:：,，])\\s*(.+)$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            Pattern.compile("^(?:please\\s+)?remember\\s+((?:my|i|i'm|our|we|we're)\\s.+)$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    private static final List<Pattern> FORGET = List.of(
            Pattern.compile("^(?:请你?|麻烦你?)?(?:帮我)?(?:忘记|忘掉|删除记忆|删掉记忆)(?!了)" + SEPARATORS + "(.+)$",
                    Pattern.DOTALL),
            Pattern.compile("^(?:please\\s+)?forget\\b(?:\\s+that\\b|\\s+about\\b)?" + SEPARATORS + "(.+)$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    private static final List<Pattern> LIST = List.of(
            Pattern.compile("^请?(?:查看|列出|显示|看看)?(?:我的|所有|全部)?记忆(?:列表)?$"),
            Pattern.compile("^你(?:都)?记(?:得|住了)(?:我的)?(?:什么|哪些)(?:事|事情)?$"),
            Pattern.compile("^(?:please )?(?:list|show)(?: me)?(?: all)?(?: my| your)? memories$"),
            Pattern.compile("^my memories$"),
            Pattern.compile("^what do you remember(?: about me)?$"));
    private static final Set<String> VAGUE = Set.of("it", "that", "this", "about it", "everything", "了");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");

    private MemoryCommands() {
    }

    /** The memory request in {@code input}, or empty if it is an ordinary question. */
    public static Optional<MemoryCommand> parse(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String text = input.strip();
        String bare = TRAILING_PUNCTUATION.matcher(text).replaceAll("").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        if (LIST.stream().anyMatch(p -> p.matcher(bare).matches())) {
            return Optional.of(new MemoryCommand.ListMemories());
        }
        if (isQuestion(text, bare)) {
            return Optional.empty();
        }
        Optional<String> fact = firstGroup(REMEMBER, text);
        if (fact.isPresent()) {
            return fact.map(MemoryCommand.Remember::new);
        }
        return firstGroup(FORGET, text)
                .map(d -> TRAILING_PUNCTUATION.matcher(d).replaceAll(""))
                .filter(d -> !VAGUE.contains(d.toLowerCase(Locale.ROOT)) && substantial(d))
                .map(MemoryCommand.Forget::new);
    }

    private static boolean isQuestion(String text, String bare) {
        return text.endsWith("?") || text.endsWith("？") || bare.endsWith("吗");
    }

    private static Optional<String> firstGroup(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                String rest = m.group(1).strip();
                return substantial(rest) ? Optional.of(rest) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** At least two letters or digits: "记住：" or "remember: ." says nothing to remember. */
    private static boolean substantial(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).limit(2).count() == 2;
    }
}
