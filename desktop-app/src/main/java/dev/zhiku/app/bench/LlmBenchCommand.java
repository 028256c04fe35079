package dev.zhiku.app.bench;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.HomeOption;
import dev.zhiku.app.cli.Homes;
import dev.zhiku.app.cli.Picocli;
import dev.zhiku.app.cli.UsageException;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.llm.bench.BenchResult;
import dev.zhiku.llm.bench.LlmBench;
import dev.zhiku.llm.engine.EngineSettings;
import dev.zhiku.llm.engine.NativeRuntime;
import dev.zhiku.llm.gguf.ByteLevelBpeVocabulary;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhiku bench llm --model FILE | --synthetic}: load time, prompt and decode speed, first token, memory; with
 * {@code --rag CORPUS_HOME}, real answers over that indexed corpus instead ({@link RagLlmBench}).
 */
@Command(name = "llm", description = {"the engine: load, prompt and decode speed, first token, memory",
    "With --rag: real answers over an indexed corpus (first token and whole answer p50/p95, prompt and",
    "cached tokens)."},
        footer = {"", "Give --model FILE.gguf or --synthetic [--shape 0.5b|1.5b] (a random-weight model of that "
            + "shape, written to the home's cache once)."})
final class LlmBenchCommand implements Callable<Integer> {

    private final PrintStream out;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--model", paramLabel = "FILE.gguf", description = "the model file to measure")
    private String modelFile;

    @Option(names = "--synthetic", description = "a random-weight model of a Qwen2.5 shape instead of a file")
    private boolean synthetic;

    @Option(names = "--shape", paramLabel = "0.5b|1.5b", description = "the synthetic model's shape (default 0.5b)")
    private String shape;

    @Option(names = "--tokenizer", paramLabel = "tokenizer.json", description = "with --synthetic: the real "
            + "model's Hugging Face tokenizer.json (byte-level BPE), so prompts have its token counts (default: a "
            + "synthetic vocabulary that spells Chinese as bytes; bench/qwen-tokenizer/fetch.sh gets Qwen2.5's)")
    private String tokenizer;

    @Option(names = "--threads", paramLabel = "N", description = "engine threads (default: the physical cores)")
    private Integer threads;

    @Option(names = "--rag", paramLabel = "CORPUS_HOME", description = "answer questions over this indexed home")
    private String rag;

    @Option(names = "--questions", paramLabel = "N", description = "with --rag: how many questions (default 20)")
    private Integer questions;

    @Option(names = "--questions-file", paramLabel = "QUESTIONS.jsonl", description = "with --rag: ask these "
            + "questions (dev-eval format: question, keywords, answerable; unanswerable ones are left out) instead "
            + "of ones made from passages, and report how many prompts held an expected keyword")
    private String questionsFile;

    @Option(names = "--prompts-out", paramLabel = "FILE.jsonl", description = "with --rag: write each measured "
            + "prompt there, for bench/node-llama/rag.mjs to replay on a current llama.cpp")
    private String promptsOut;

    @Option(names = "--context-tokens", paramLabel = "N", description = "with --rag: the evidence budget in the "
            + "model's tokens (default: the answerer's)")
    private Integer contextTokens;

    @Option(names = "--answer-tokens", paramLabel = "N", description = "with --rag: most tokens of an answer "
            + "(default: the answerer's)")
    private Integer answerTokens;

    LlmBenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (tokenizer != null && !synthetic) {
            throw new UsageException("--tokenizer goes with --synthetic");
        }
        ZhikuHome home = homeOption.prepare();
        Path model;
        if (modelFile != null) {
            model = Path.of(modelFile);
            if (!Files.isRegularFile(model)) {
                throw new UsageException("no such model file: " + model);
            }
        } else if (synthetic) {
            boolean large = "1.5b".equalsIgnoreCase(shape);
            if (shape != null && !large && !"0.5b".equalsIgnoreCase(shape)) {
                throw new UsageException("--shape is 0.5b or 1.5b");
            }
            String shape = large ? "1.5b" : "0.5b";
            model = synthetic(home, shape, large);
        } else {
            throw new UsageException("bench llm needs --model FILE.gguf or --synthetic [--shape 0.5b|1.5b]");
        }
        if (rag != null) {
            return rag(model);
        }
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            NativeRuntime.prepare(home.cacheDir().resolve("llama"));
            int threads = Picocli.bounded("--threads", this.threads, wiring.hardware().physicalCores(), 1, 256);
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

    /** The random-weight model of the shape, written to the home's cache once (one file per vocabulary). */
    private Path synthetic(ZhikuHome home, String shape, boolean large) throws Exception {
        SyntheticModelSpec spec = large ? SyntheticModelSpec.qwen25OnePointFiveB() : SyntheticModelSpec.qwen25HalfB();
        ByteLevelBpeVocabulary bpe = null;
        String vocabulary = "";
        if (tokenizer != null) {
            Path file = Path.of(tokenizer);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such tokenizer file: " + file);
            }
            try {
                bpe = ByteLevelBpeVocabulary.read(file, spec.vocabulary(), "qwen2");
            } catch (java.io.IOException e) {
                throw new UsageException(e.getMessage());
            }
            vocabulary = String.format(Locale.ROOT, "-bpe-%08x", bpe.merges().hashCode() ^ bpe.tokens().hashCode());
        }
        Path model = home.cacheDir().resolve("bench-qwen2.5-" + shape + "-shape-q4_0" + vocabulary + ".gguf");
        if (!Files.exists(model)) {
            out.println("Writing a random-weight model of the Qwen2.5-" + shape.toUpperCase(Locale.ROOT)
                    + " shape (Q4_0" + (bpe == null ? ", synthetic vocabulary" : ", vocabulary of " + tokenizer)
                    + ") to " + model + " …");
            Files.createDirectories(model.getParent());
            Path part = model.resolveSibling(model.getFileName() + ".part");
            SyntheticModels.write(spec, bpe, part);
            Files.move(part, model, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return model;
    }

    /** {@code count} answerable questions of a dev-eval style file, spread evenly over it (so over its categories). */
    private static java.util.List<RagLlmBench.Asked> asked(Path file, int count) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such questions file: " + file);
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<RagLlmBench.Asked> asked = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode q = json.readTree(line);
            if (!q.path("answerable").asBoolean(true) || q.path("question").asText().isBlank()) {
                continue;
            }
            java.util.List<String> keywords = new java.util.ArrayList<>();
            q.path("keywords").forEach(k -> keywords.add(k.asText()));
            asked.add(new RagLlmBench.Asked(q.path("question").asText(), keywords));
        }
        int n = asked.size();
        return java.util.stream.IntStream.range(0, Math.min(count, n)).mapToObj(i -> asked.get(i * n / Math.min(count, n)))
                .toList();
    }

    private int rag(Path model) throws Exception {
        Path corpus = Path.of(rag);
        if (!Files.isDirectory(corpus.resolve("index"))) {
            throw new UsageException("--rag needs the home of an indexed corpus (zhiku index --home DIR CORPUS)");
        }
        ZhikuHome corpusHome = new ZhikuHome(corpus);
        int questions = Picocli.bounded("--questions", this.questions, 20, 1, 200);
        dev.zhiku.rag.RagSettings d = dev.zhiku.rag.RagSettings.defaults();
        dev.zhiku.rag.RagSettings settings = new dev.zhiku.rag.RagSettings(d.candidates(), d.perSource(),
                d.evidencePassages(), Picocli.bounded("--context-tokens", contextTokens, d.contextTokens(), 32, 8192), d.extractive(),
                Picocli.bounded("--answer-tokens", answerTokens, d.answerTokens(), 1, 4096), d.historyTurns());
        try (Wiring wiring = Homes.open(corpusHome, IndexerSettings.defaults());
             dev.zhiku.indexer.LocalKnowledgeBase kb = wiring.knowledgeBase(true);
             dev.zhiku.core.TextGenerator llm = wiring.localModel(model,
                     Picocli.bounded("--threads", threads, wiring.hardware().physicalCores(), 1, 256))) {
            out.printf(Locale.ROOT, "model              %s over %s%n", llm.id(), corpus);
            RagLlmBench bench = new RagLlmBench(out, promptsOut == null ? null : Path.of(promptsOut));
            if (questionsFile == null) {
                bench.run(wiring, kb, llm, settings, questions);
            } else {
                bench.run(wiring, kb, llm, settings, asked(Path.of(questionsFile), questions));
            }
        }
        return 0;
    }
}
