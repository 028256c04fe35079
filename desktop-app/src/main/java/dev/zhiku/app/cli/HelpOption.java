package dev.zhiku.app.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} of every command: its usage, generated from its options. */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;
}
