package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.Answer;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code zhiku ask}: one question, answered from the knowledge base (streamed when a model is given). */
final class AskCommand {

    private final PrintStream out;

    AskCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        CliArgs args = CliArgs.parse(argv, Set.of("--home", "--model"), Set.of("--json", "--no-llm"));
        String text = String.join(" ", args.positional()).strip();
        if (text.isEmpty()) {
            throw new UsageException("give the question to ask");
        }
        ZhikuHome home = Homes.prepare(args);
        boolean json = args.flag("--json");
        try (Wiring wiring = new Wiring(home, IndexerSettings.defaults());
             LocalKnowledgeBase kb = wiring.knowledgeBase(true);
             TextGenerator model = Models.open(wiring, args)) {
            Answerer answerer = new Answerer(kb, model, RagSettings.defaults(), q -> List.of());
            AnswerListener listener = json ? AnswerListener.NONE : new AnswerListener() {
                @Override
                public void onToken(String piece) {
                    out.print(piece);
                    out.flush();
                }
            };
            AnswerOutcome outcome = answerer.ask(Question.of(text), listener, new GenerationControl());
            Answer answer = outcome.answer();
            if (json) {
                out.println(Json.write(toJson(answer)));
            } else {
                print(answer, model != null);
            }
        }
        return 0;
    }

    private void print(Answer answer, boolean streamed) {
        if (streamed && !answer.abstained()) {
            out.println();
            out.println();
        } else {
            out.println(answer.text());
            out.println();
        }
        for (Citation c : answer.citations()) {
            String page = c.page() > 0 ? ", page " + c.page() : "";
            out.printf(Locale.ROOT, "[%d] %s%s%n", c.number(), c.displayPath(), page);
        }
        out.printf(Locale.ROOT, "(%s; retrieval %d ms%s, total %d ms)%n",
                answer.route().name().toLowerCase(Locale.ROOT),
                answer.timings().retrieveMillis(), answer.timings().firstTokenMillis() >= 0
                        ? String.format(Locale.ROOT, ", first token %d ms, %.1f tokens/s",
                        answer.timings().firstTokenMillis(), answer.timings().tokensPerSecond()) : "",
                answer.timings().totalMillis());
    }

    static Map<String, Object> toJson(Answer answer) {
        List<Object> citations = new ArrayList<>();
        for (Citation c : answer.citations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", c.number());
            m.put("path", c.displayPath());
            m.put("page", c.page());
            m.put("start", c.startOffset());
            m.put("end", c.endOffset());
            m.put("snippet", c.snippet());
            m.put("score", c.score());
            citations.add(m);
        }
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("retrieveMs", answer.timings().retrieveMillis());
        timings.put("firstTokenMs", answer.timings().firstTokenMillis());
        timings.put("totalMs", answer.timings().totalMillis());
        timings.put("tokensPerSecond", answer.timings().tokensPerSecond());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("answer", answer.text());
        root.put("abstained", answer.abstained());
        root.put("route", answer.route().name().toLowerCase(Locale.ROOT));
        root.put("model", answer.model());
        root.put("citations", citations);
        root.put("timings", timings);
        return root;
    }
}
