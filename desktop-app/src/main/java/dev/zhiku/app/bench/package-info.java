/**
 * The benchmarks behind {@code zhiku bench …} (index, search, serve, cloud, llm, ui, viewer, startup): they build
 * real homes, drive the command line, the API server and parts of the window, and print figures. They are not part
 * of the product: {@code app.Main} registers {@link dev.zhiku.app.bench.BenchCommand} with the command line, and no
 * product package depends on this one ({@code DesktopArchitectureTest}). A new benchmark is a class here and a case
 * in {@code BenchCommand}.
 */
package dev.zhiku.app.bench;
