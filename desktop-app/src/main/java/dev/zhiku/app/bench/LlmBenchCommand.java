package dev.zhiku.app.bench;

import dev.zhiku.app.cli.CliArgs;
import dev.zhiku.app.cli.UsageException;
import dev.zhiku.app.cli.Homes;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.llm.bench.BenchResult;
import dev.zhiku.llm.bench.LlmBench;
import dev.zhiku.llm.engine.EngineSettings;
import dev.zhiku.llm.engine.NativeRuntime;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code zhiku bench llm --model FILE | --synthetic}: load time, prompt and decode speed, first token, memory; with
 * {@code --rag CORPUS_HOME}, real answers over that indexed corpus instead ({@link RagLlmBench}).
 */
final class LlmBenchCommand {

    private final PrintStream out;

    LlmBenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        CliArgs args = CliArgs.parse(argv, Set.of("--home", "--model", "--threads", "--shape", "--rag",
                "--questions", "--context-tokens", "--answer-tokens"), Set.of("--synthetic"));
        ZhikuHome home = Homes.prepare(args);
        Path model;
        if (args.value("--model") != null) {
            model = Path.of(args.value("--model"));
            if (!Files.isRegularFile(model)) {
                throw new UsageException("no such model file: " + model);
            }
        } else if (args.flag("--synthetic")) {
            boolean large = "1.5b".equalsIgnoreCase(args.value("--shape"));
            if (args.value("--shape") != null && !large && !"0.5b".equalsIgnoreCase(args.value("--shape"))) {
                throw new UsageException("--shape is 0.5b or 1.5b");
            }
            String shape = large ? "1.5b" : "0.5b";
            model = home.cacheDir().resolve("bench-qwen2.5-" + shape + "-shape-q4_0.gguf");
            if (!Files.exists(model)) {
                out.println("Writing a random-weight model of the Qwen2.5-" + shape.toUpperCase(java.util.Locale.ROOT)
                        + " shape (Q4_0) to " + model + " …");
                java.nio.file.Files.createDirectories(model.getParent());
                dev.zhiku.llm.gguf.SyntheticModels.write(large
                        ? dev.zhiku.llm.gguf.SyntheticModelSpec.qwen25OnePointFiveB()
                        : dev.zhiku.llm.gguf.SyntheticModelSpec.qwen25HalfB(), model);
            }
        } else {
            throw new UsageException("bench llm needs --model FILE.gguf or --synthetic [--shape 0.5b|1.5b]");
        }
        if (args.value("--rag") != null) {
            return rag(args, model);
        }
        try (Wiring wiring = new Wiring(home, IndexerSettings.defaults())) {
            NativeRuntime.prepare(home.cacheDir().resolve("llama"));
            int threads = args.intValue("--threads", wiring.hardware().physicalCores(), 1, 256);
            BenchResult r = LlmBench.run(model, EngineSettings.defaults(threads));
            out.printf(Locale.ROOT, "model              %s (%d threads)%n", r.model(), r.threads());
            out.printf(Locale.ROOT, "load               %d ms%n", r.loadMillis());
            out.printf(Locale.ROOT, "prompt             %.1f tokens/s (%d-token prompt)%n", r.promptTokensPerSecond(),
                    r.promptTokens());
            out.printf(Locale.ROOT, "decode             %.1f tokens/s (%d new tokens, seen from Java)%n",
                    r.decodeTokensPerSecond(), r.decodeTokens());
            out.printf(Locale.ROOT, "first token        %d ms (512-token prompt)%n", r.firstTokenMillis512());
            out.printf(Locale.ROOT, "follow-up token    %d ms (%d prompt tokens from the cache)%n",
                    r.followUpFirstTokenMillis(), r.followUpCachedTokens());
            out.printf(Locale.ROOT, "peak memory        %.0f MB%n", r.peakRssBytes() / 1e6);
        }
        return 0;
    }

    private int rag(CliArgs args, Path model) throws Exception {
        Path corpus = Path.of(args.value("--rag"));
        if (!Files.isDirectory(corpus.resolve("index"))) {
            throw new UsageException("--rag needs the home of an indexed corpus (zhiku index --home DIR CORPUS)");
        }
        ZhikuHome corpusHome = new ZhikuHome(corpus);
        int questions = args.intValue("--questions", 20, 1, 200);
        dev.zhiku.rag.RagSettings d = dev.zhiku.rag.RagSettings.defaults();
        dev.zhiku.rag.RagSettings settings = new dev.zhiku.rag.RagSettings(d.candidates(), d.perSource(),
                d.evidencePassages(), args.intValue("--context-tokens", d.contextTokens(), 32, 8192), d.extractive(),
                args.intValue("--answer-tokens", d.answerTokens(), 1, 4096), d.historyTurns());
        try (Wiring wiring = new Wiring(corpusHome, IndexerSettings.defaults());
             dev.zhiku.indexer.LocalKnowledgeBase kb = wiring.knowledgeBase(true);
             dev.zhiku.core.TextGenerator llm = wiring.localModel(model,
                     args.intValue("--threads", wiring.hardware().physicalCores(), 1, 256))) {
            out.printf(Locale.ROOT, "model              %s over %s%n", llm.id(), corpus);
            new RagLlmBench(out).run(wiring, kb, llm, settings, questions);
        }
        return 0;
    }
}
