/**
 * The {@code zhiku} command line (contracts in docs/architecture.md and the README). Each command is one picocli class; add a command by
 * adding a class and its line in {@link dev.zhiku.app.cli.ZhikuCommandLine#commandLine}. A command's parts come
 * from the {@code Wiring} that {@link dev.zhiku.app.cli.Homes#open} opens for its run. Output for people goes to stdout,
 * problems to stderr as one line, details to the log file.
 */
package dev.zhiku.app.cli;
