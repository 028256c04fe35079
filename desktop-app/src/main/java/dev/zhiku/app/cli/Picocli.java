package dev.zhiku.app.cli;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How the command line uses picocli: options keep the meaning they had ({@code --name value} or
 * {@code --name=value}, the last of a repeated option wins, {@code --} ends options), help is plain text, and
 * every parse error becomes a {@link UsageException} with the one-line wording of the earlier parser
 * ({@code unknown option --x}, {@code --home needs a value}, {@code -k needs a whole number, not x}).
 */
public final class Picocli {

    /** Width of the generated help. */
    private static final int WIDTH = 100;

    private Picocli() {
    }

    /** Applies the settings above to {@code line} and the subcommands it already has. */
    public static CommandLine configure(CommandLine line) {
        line.setOverwrittenOptionsAllowed(true)
                .setUsageHelpAutoWidth(false)
                .setUsageHelpWidth(WIDTH)
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .registerConverter(Integer.class, Picocli::wholeNumber)
                .registerConverter(Double.class, Picocli::number);
        return line;
    }

    /**
     * Parses {@code argv} into {@code command}'s annotated fields (a command run on its own, as tests do).
     *
     * @return false when {@code --help} was asked for: the usage went to {@code out} and the command must not run
     */
    public static boolean parse(Object command, List<String> argv, PrintStream out) throws UsageException {
        CommandLine line = configure(new CommandLine(command));
        ParseResult parsed = parse(line, argv.toArray(String[]::new));
        if (parsed.isUsageHelpRequested()) {
            line.usage(out);
            return false;
        }
        return true;
    }

    /** Parses {@code argv}; a parse error is a {@link UsageException} worded as before. */
    public static ParseResult parse(CommandLine line, String[] argv) throws UsageException {
        try {
            return line.parseArgs(argv);
        } catch (ParameterException e) {
            throw new UsageException(describe(e, line));
        }
    }

    /**
     * A number option's value checked against its bounds: {@code fallback} when the option was not given.
     */
    public static int bounded(String option, Integer value, int fallback, int min, int max) throws UsageException {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new UsageException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /** The list picocli filled, or an empty one when nothing was given. */
    public static List<String> given(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String describe(ParameterException e, CommandLine top) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().getFirst();
            if (first.startsWith("-") && !first.equals("-")) {
                return "unknown option " + first;
            }
            CommandLine at = unmatched.getCommandLine();
            if (at == top && !top.getSubcommands().isEmpty()) {
                return "unknown command '" + first + "'";
            }
            if (at != null && !at.getSubcommands().isEmpty()) {
                return unknownSubcommand(at, first);
            }
            return "unexpected argument " + first;
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().getFirst();
            if (arg instanceof OptionSpec option) {
                return option.longestName() + " needs a value";
            }
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException conversion
                && e.getArgSpec() instanceof OptionSpec option) {
            return option.longestName() + " " + conversion.getMessage();
        }
        return e.getMessage();
    }

    /**
     * A word that names none of a nested command's subcommands, worded with the command's subcommand label
     * ({@code unknown benchmark 'x' (index, search, …)} for {@code synopsisSubcommandLabel = "BENCHMARK"}).
     */
    private static String unknownSubcommand(CommandLine command, String word) {
        String label = command.getCommandSpec().usageMessage().synopsisSubcommandLabel()
                .replaceAll("[\\[\\]]", "").toLowerCase(java.util.Locale.ROOT);
        List<String> names = command.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                .map(java.util.Map.Entry::getKey).toList();
        return "unknown " + label + " '" + word + "' (" + String.join(", ", names) + ")";
    }

    private static Integer wholeNumber(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("needs a whole number, not " + value);
        }
    }

    private static Double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("needs a number, not " + value);
        }
    }
}
