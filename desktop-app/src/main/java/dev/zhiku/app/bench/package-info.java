/**
 * The benchmarks behind {@code zhiku bench …} (index, search, serve, cloud, llm, ui, viewer, startup): they build
 * real homes, drive the command line, the API server and parts of the window, and print figures. They are not part
 * of the product: {@code app.Main} registers {@link dev.zhiku.app.bench.BenchCommand} with the command line, and no
 * product package depends on this one ({@code DesktopArchitectureTest}). A new benchmark is a picocli command class here
 * (options as annotated fields, the {@code cli.HelpOption} mixin, {@code cli.HomeOption} or {@link
 * dev.zhiku.app.bench.BenchHome} for {@code --home}) added as a subcommand in {@code BenchCommand.commandLine}; it
 * opens its home's {@code Wiring} with {@code cli.Homes.open}.
 */
package dev.zhiku.app.bench;
