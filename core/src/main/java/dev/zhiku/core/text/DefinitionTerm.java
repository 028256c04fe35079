package dev.zhiku.core.text;

import java.util.regex.Pattern;

/**
 * A definition list's term alone on its line, as man pages, command references and settings pages write them: an
 * option with its arguments ({@code -K, --global-apropos}, {@code -t, --time DAYS}) or a setting's name with an
 * optional type ({@code recovery_target_time (timestamp)}), at most 80 characters, no sentence punctuation. The
 * chunker keeps a term with its description and the sentence selector quotes a description from its term
 * (decision 0066).
 */
public final class DefinitionTerm {

    private static final Pattern TERM = Pattern.compile(
            "\\s*(?:--?[A-Za-z0-9][\\w-]*(?:[ =,\\[][^\\n.;:!?]*)?"
                    + "|[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+(?: \\([^)\\n]{1,30}\\))?)\\s*");
    private static final int MAX_CHARS = 80;

    private DefinitionTerm() {
    }

    /** Whether one line (no line break in it) is a term. */
    public static boolean is(String line) {
        return line.length() <= MAX_CHARS && line.indexOf('\n') < 0 && TERM.matcher(line).matches();
    }
}
