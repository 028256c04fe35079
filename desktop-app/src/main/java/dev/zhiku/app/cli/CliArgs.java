package dev.zhiku.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed options of one command: {@code --name value}, {@code --name=value}, repeatable options, flags and
 * positional arguments ({@code --} ends options).
 */
public final class CliArgs {

    private final Map<String, List<String>> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private CliArgs() {
    }

    /**
     * @param withValue option names that take a value (e.g. {@code --home}, {@code -k})
     * @param flagNames option names that stand alone (e.g. {@code --json})
     */
    public static CliArgs parse(List<String> args, Set<String> withValue, Set<String> flagNames)
            throws UsageException {
        CliArgs parsed = new CliArgs();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                parsed.positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                parsed.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else if (flagNames.contains(name) && value == null) {
                parsed.flags.add(name);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return parsed;
    }

    public String value(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.getLast();
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    public int intValue(String name, int fallback, int min, int max) throws UsageException {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number, not " + v);
        }
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positional() {
        return positional;
    }
}
