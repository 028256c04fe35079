/**
 * The {@code zhiku} command line (contracts in docs/architecture.md and the README). Each command is one class; add a command by adding
 * a class and a case in {@link dev.zhiku.app.cli.ZhikuCommandLine}. Output for people goes to stdout,
 * problems to stderr as one line, details to the log file.
 */
package dev.zhiku.app.cli;
