package dev.zhiku.app.bench;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.Answer;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SourceInfo;
import dev.zhiku.core.SourceQuery;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code zhiku bench llm --rag CORPUS_HOME}: real answers over an indexed corpus, built by the product's own path
 * (retrieval, gate, evidence, prompt, the local model): the first token and the whole answer, p50/p95, with the
 * prompt sizes that explain them. Questions are made from the corpus's own passages ({@link BenchQuestions}).
 */
final class RagLlmBench {

    private static final long SEED = 20_261_202L;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final String WARM_UP = "What do these documents say about their main subject?";

    private final PrintStream out;
    private final java.nio.file.Path promptsOut;

    RagLlmBench(PrintStream out) {
        this(out, null);
    }

    /**
     * @param promptsOut where to write each measured prompt (JSON lines: the messages, prompt and cached tokens, the
     *                   model's first token), for {@code bench/node-llama/rag.mjs} to replay on a current llama.cpp;
     *                   null for none
     */
    RagLlmBench(PrintStream out, java.nio.file.Path promptsOut) {
        this.out = out;
        this.promptsOut = promptsOut;
    }

    /** A question to ask, with the words its answer must hold (none for questions made from passages). */
    record Asked(String text, List<String> keywords) {
    }

    void run(Wiring wiring, KnowledgeBase kb, TextGenerator model, RagSettings settings, int count) {
        run(wiring, kb, model, settings, questions(kb, count).stream().map(q -> new Asked(q, List.of())).toList());
    }

    /**
     * Asks {@code questions}; for those with keywords, also reports how many prompts carried one of them in the
     * evidence the model read (folded as dev-eval's {@code score.py} folds: NFKC, case, whitespace).
     */
    void run(Wiring wiring, KnowledgeBase kb, TextGenerator model, RagSettings settings, List<Asked> questions) {
        if (questions.isEmpty()) {
            throw new IllegalStateException("the corpus home has no indexed passages to ask about");
        }
        Recording recording = new Recording(model);
        Answerer answerer = wiring.answerer(kb, recording, settings);
        // a warm-up question of its own: asking the first question twice would put its whole prompt in the KV cache
        answerer.ask(Question.of(WARM_UP), AnswerListener.NONE, new GenerationControl());
        List<Long> extractive = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        List<Long> prompt = new ArrayList<>();
        List<Long> cached = new ArrayList<>();
        List<Long> modelFirst = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        int refused = 0;
        int withKeywords = 0;
        int covered = 0;
        for (Asked asked : questions) {
            String q = asked.text();
            long t0 = System.nanoTime();
            long[] extractiveAt = {-1};
            recording.last = null;
            Answer a = answerer.ask(Question.of(q), new AnswerListener() {
                @Override
                public void onExtractive(Answer answer) {
                    extractiveAt[0] = (System.nanoTime() - t0) / 1_000_000;
                }
            }, new GenerationControl()).answer();
            if (recording.last == null) {
                refused++;
                continue;
            }
            extractive.add(extractiveAt[0]);
            first.add(a.timings().firstTokenMillis());
            total.add(a.timings().totalMillis());
            prompt.add((long) recording.last.promptTokens());
            cached.add((long) recording.last.cachedTokens());
            modelFirst.add(recording.last.firstTokenMillis());
            prompts.add(promptLine(recording.lastRequest, recording.last));
            if (!asked.keywords().isEmpty()) {
                withKeywords++;
                String sent = String.join("\n", recording.lastRequest.messages().stream()
                        .map(dev.zhiku.core.ChatMessage::content).toList());
                if (holdsAny(sent, asked.keywords())) {
                    covered++;
                }
            }
        }
        out.printf(Locale.ROOT, "questions          %d; %d written by the model, %d refused by the gate (no model call)%n",
                questions.size(), first.size(), refused);
        out.printf(Locale.ROOT, "evidence budget    %d tokens, answers up to %d tokens%n", settings.contextTokens(),
                settings.answerTokens());
        out.printf(Locale.ROOT, "extractive answer  %s%n", figures(extractive, "ms"));
        out.printf(Locale.ROOT, "first token        %s (from the question; goal p50 <= 2.5 s on the 0.5B shape)%n",
                figures(first, "ms"));
        out.printf(Locale.ROOT, "model first token  %s (the engine alone: prompt processing and one token)%n",
                figures(modelFirst, "ms"));
        out.printf(Locale.ROOT, "whole answer       %s%n", figures(total, "ms"));
        out.printf(Locale.ROOT, "prompt tokens      %s, of which from the cache %s%n", figures(prompt, ""),
                figures(cached, ""));
        if (promptsOut != null) {
            try {
                java.nio.file.Files.write(promptsOut, prompts);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + promptsOut, e);
            }
            out.printf(Locale.ROOT, "prompts            %d written to %s%n", prompts.size(), promptsOut);
        }
        if (withKeywords > 0) {
            out.printf(Locale.ROOT, "evidence keywords  %d of %d written answers had an expected keyword in the prompt (%.1f %%)%n",
                    covered, withKeywords, 100.0 * covered / withKeywords);
        }
    }

    private static String promptLine(GenerationRequest request, GenerationResult result) {
        var line = JSON.createObjectNode();
        var messages = line.putArray("messages");
        for (var m : request.messages()) {
            messages.addObject().put("role", m.role().name().toLowerCase(Locale.ROOT)).put("content", m.content());
        }
        line.put("promptTokens", result.promptTokens()).put("cachedTokens", result.cachedTokens())
                .put("firstTokenMs", result.firstTokenMillis());
        return line.toString();
    }

    /** Whether {@code text} holds one of {@code keywords}, folded (NFKC, case, whitespace; also without spaces). */
    static boolean holdsAny(String text, List<String> keywords) {
        String folded = fold(text);
        String tight = folded.replace(" ", "");
        for (String k : keywords) {
            String key = fold(k);
            if (!key.isEmpty() && (folded.contains(key) || tight.contains(key.replace(" ", "")))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("\\s+", " ").strip();
    }

    private static List<String> questions(KnowledgeBase kb, int count) {
        List<SourceInfo> sources = new ArrayList<>(kb.sources(new SourceQuery(null, null, null, null, 10_000)));
        Collections.shuffle(sources, new Random(SEED));
        Random random = new Random(SEED);
        List<String> texts = new ArrayList<>();
        for (SourceInfo s : sources) {
            List<Passage> passages = kb.passages(s.path());
            if (!passages.isEmpty()) {
                texts.add(passages.get(random.nextInt(passages.size())).text());
            }
            if (texts.size() >= count * 2) {
                break;
            }
        }
        List<String> questions = BenchQuestions.from(texts, SEED);
        return questions.subList(0, Math.min(count, questions.size()));
    }

    private static String figures(List<Long> values, String unit) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        String u = unit.isEmpty() ? "" : " " + unit;
        return String.format(Locale.ROOT, "p50 %d%s, p95 %d%s", percentile(sorted, 0.50), u,
                percentile(sorted, 0.95), u);
    }

    private static long percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The model, remembering the last result (prompt and cached tokens) for the report. */
    private static final class Recording implements TextGenerator {

        private final TextGenerator model;
        private volatile GenerationResult last;
        private volatile GenerationRequest lastRequest;

        Recording(TextGenerator model) {
            this.model = model;
        }

        @Override
        public String id() {
            return model.id();
        }

        @Override
        public int contextLength() {
            return model.contextLength();
        }

        @Override
        public int countTokens(String text) {
            return model.countTokens(text);
        }

        @Override
        public GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control) {
            lastRequest = request;
            GenerationResult r = model.generate(request, sink, control);
            last = r;
            return r;
        }

        @Override
        public void close() {
            model.close();
        }
    }
}
