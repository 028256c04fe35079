package dev.zhiku.app.cli;

import dev.zhiku.app.json.CitationJson;
import dev.zhiku.app.json.JsonText;
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
import dev.zhiku.core.GenerationException;
import dev.zhiku.rag.cloud.CloudAnswer;
import dev.zhiku.rag.cloud.CloudEscalation;
import dev.zhiku.rag.cloud.CloudRequest;
import dev.zhiku.rag.cloud.EscalationFlow;
import dev.zhiku.rag.cloud.EscalationPlan;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.cloud.Escalator;
import dev.zhiku.rag.cloud.ServerUnreachableException;
import dev.zhiku.rag.cloud.StreamDroppedException;
import dev.zhiku.rag.engine.EngineTarget;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku ask}: one question, answered from the knowledge base (streamed when a model is given). With
 * {@code --cloud} (or under the automatic policy when the local answer is weak) the question then goes to the cloud
 * model: minimized, redacted, previewed and confirmed unless {@code --yes}, audited; {@code --dry-run} shows what
 * would be sent and sends nothing. A cloud failure keeps the local answer.
 */
@Command(name = "ask", description = {"answer from your documents with citations",
    "Without a model (or with --no-llm) the answer is extractive."})
final class AskCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Console> console;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    @Mixin
    private ModelOptions models;

    @Option(names = "--cloud", description = "then ask the cloud model: preview, confirm, send (redacted)")
    private boolean cloud;

    @Option(names = "--yes", description = "send without the confirmation prompt")
    private boolean yes;

    @Option(names = "--dry-run", description = "show exactly what would be sent; send nothing")
    private boolean dryRun;

    @Parameters(paramLabel = "QUESTION", description = "the question")
    private List<String> words;

    AskCommand(PrintStream out) {
        this(out, System.err, System::console);
    }

    AskCommand(PrintStream out, PrintStream err, Supplier<Console> console) {
        this.out = out;
        this.err = err;
        this.console = console;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        String text = String.join(" ", Picocli.given(words)).strip();
        if (text.isEmpty()) {
            throw new UsageException("give the question to ask");
        }
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults());
             LocalKnowledgeBase kb = wiring.knowledgeBase(true);
             Models.Answering answering = Models.choose(wiring, models.wanted())) {
            if (!wiring.embeddingProblem().isEmpty()) {
                err.println("zhiku: " + wiring.embeddingProblem());
            }
            TextGenerator model = answering.generator();
            Answerer answerer = wiring.answerer(kb, model, RagSettings.defaults());
            Answer[] extractive = {null};
            AnswerListener listener = new AnswerListener() {
                @Override
                public void onToken(String piece) {
                    if (!json) {
                        out.print(TerminalText.prose(piece));
                        out.flush();
                    }
                }

                @Override
                public void onExtractive(Answer answer) {
                    extractive[0] = answer;
                }
            };
            Question question = Question.of(text);
            AnswerOutcome outcome;
            try {
                outcome = answerer.ask(question, listener, new GenerationControl());
            } catch (StreamDroppedException e) {
                return brokeOff(e, model, json);
            } catch (ServerUnreachableException e) {
                if (extractive[0] == null) {
                    throw e;
                }
                err.println(model.id() + " is unavailable (" + e.getMessage() + "); this answer is from your "
                        + "documents alone.");
                outcome = new AnswerOutcome(extractive[0], null);
            }
            Answer answer = outcome.answer();
            if (!kb.rerankProblem().isEmpty()) {
                err.println("zhiku: " + kb.rerankProblem());
            }
            if (!json && !dryRun) {
                print(answer, model != null && answer.route() == dev.zhiku.core.Route.LOCAL, false);
                printUnsupported(answer, outcome.evidence());
            }
            EngineTarget server = answering.throughCloud();
            boolean asked = cloud || dryRun || server != null;
            Escalator[] cloudPath = {null};
            EscalationFlow flow = wiring.escalationFlow(() -> cloudPath[0] != null ? cloudPath[0]
                    : (cloudPath[0] = wiring.cloudPath(kb, RagSettings.defaults(), server)), () -> model);
            EscalationPolicy policy = flow.policy();
            Optional<EscalationTrigger> trigger = flow.decide(asked, question, outcome);
            Map<String, Object> escalation = new LinkedHashMap<>();
            if (trigger.isPresent()) {
                answer = escalate(policy, flow, question, outcome, trigger.get(), escalation, server)
                        .orElse(answer);
            }
            if (json) {
                Map<String, Object> root = toJson(answer);
                if (outcome.query() != null) {
                    root.put("query", outcome.query().toMap());
                }
                if (!answer.supported() && outcome.evidence() != null) {
                    Map<String, Object> evidence = toJson(outcome.evidence());
                    root.put("evidence", JsonText.fields("answer", evidence.get("answer"),
                            "citations", evidence.get("citations")));
                }
                EngineTarget engine = server != null ? server : answering.engine();
                if (engine != null) {
                    root.put("engine", EngineJson.of(engine));
                }
                if (!escalation.isEmpty()) {
                    root.put("escalation", escalation);
                }
                out.println(JsonText.write(root));
            }
        }
        return 0;
    }

    /** A server's answer broke off: what arrived stays printed (or in the JSON), with one line saying why. */
    private int brokeOff(StreamDroppedException e, TextGenerator model, boolean json) {
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("answer", e.partialText());
            root.put("route", "local");
            root.put("model", model == null ? "" : model.id());
            root.put("error", e.getMessage());
            out.println(JsonText.write(root));
        } else {
            out.println();
        }
        err.println("zhiku: " + e.getMessage());
        return 1;
    }

    /** The cloud's answer, or empty when nothing was sent or the cloud failed (the local answer stands). */
    private Optional<Answer> escalate(EscalationPolicy policy, CloudEscalation escalator, Question question,
                                      AnswerOutcome local, EscalationTrigger trigger,
                                      Map<String, Object> report, EngineTarget server) {
        EscalationPlan plan = escalator.plan(question, local.retrieval(), trigger);
        report.put("trigger", trigger.name().toLowerCase(Locale.ROOT));
        if (plan instanceof EscalationPlan.Refused(String reason)) {
            report.put("sent", false);
            report.put("reason", reason);
            err.println("Not sent to the cloud: " + reason);
            return Optional.empty();
        }
        CloudRequest request = ((EscalationPlan.Ready) plan).request();
        report.put("destination", request.endpoint().toString());
        report.put("model", request.model());
        report.put("tokens", request.tokenEstimate());
        if (dryRun) {
            report.put("sent", false);
            report.put("payload", request.payloadText());
            if (!json) {
                out.println(TerminalText.prose(preview(request)));
                out.println("(dry run: nothing was sent)");
            }
            return Optional.empty();
        }
        if (CloudEscalation.needsConsent(policy, yes)) {
            err.println(preview(request));
            Console terminal = console.get();
            String reply = terminal == null ? null : terminal.readLine("Send this to %s? [y/N] ", request.destination());
            if (reply == null || !reply.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                report.put("sent", false);
                report.put("reason", terminal == null ? "no terminal to confirm; add --yes" : "declined");
                err.println(terminal == null ? "Nothing was sent: there is no terminal to confirm; add --yes to send."
                        : "Nothing was sent.");
                return Optional.empty();
            }
        }
        if (!json) {
            out.println();
            out.println(server == null ? "── cloud · " + request.model() + " ──"
                    : "── " + server.label() + " (a server on your network) ──");
        }
        try {
            boolean[] streamed = {false};
            CloudAnswer cloud = escalator.send(request, json ? AnswerListener.NONE : new AnswerListener() {
                @Override
                public void onToken(String piece) {
                    streamed[0] = true;
                    out.print(TerminalText.prose(piece));
                    out.flush();
                }
            }, new GenerationControl());
            report.put("sent", true);
            report.put("auditId", cloud.auditId());
            report.put("overheadMs", cloud.overheadMillis());
            report.put("remoteMs", cloud.remoteMillis());
            if (!json) {
                print(cloud.answer(), streamed[0], streamed[0]);
                printUnsupported(cloud.answer(), local.evidence());
            }
            Answer written = cloud.answer();
            return Optional.of(server == null ? written : new Answer(written.text(), written.abstained(),
                    written.route(), written.citations(), written.timings(), server.label()));
        } catch (GenerationException e) {
            report.put("sent", true);
            report.put("error", e.getMessage());
            err.println("The cloud answer failed: " + e.getMessage() + ". The local answer stands.");
            return Optional.empty();
        }
    }

    /** What would leave the PC, as the terminal shows it before asking. */
    static String preview(CloudRequest request) {
        StringBuilder s = new StringBuilder();
        s.append("── to ").append(request.endpoint()).append(" · model ").append(request.model()).append(" · ≈")
                .append(request.tokenEstimate()).append(" tokens ──\n");
        if (!request.redactedCounts().isEmpty()) {
            s.append("replaced: ").append(request.redactedCounts()).append('\n');
        }
        if (request.withheldPrivate() > 0) {
            s.append(request.withheldPrivate()).append(" passage(s) from private folders left out\n");
        }
        return s.append(request.payloadText()).append("\n──").toString();
    }

    /**
     * The end of an answer: its text unless it was streamed (a local model's "not found" is replaced by Zhiku's
     * fuller sentence, so that one is printed again unless {@code notFoundStreamed}), the sources and the timings.
     */
    private void print(Answer answer, boolean streamed, boolean notFoundStreamed) {
        if (streamed && (!answer.abstained() || notFoundStreamed)) {
            out.println();
            out.println();
        } else {
            out.println(TerminalText.prose(answer.text()));
            out.println();
        }
        answer.citations().forEach(c -> out.println(citationLine(c)));
        out.printf(Locale.ROOT, "(%s; retrieval %d ms%s, total %d ms)%n",
                answer.route().name().toLowerCase(Locale.ROOT),
                answer.timings().retrieveMillis(), answer.timings().firstTokenMillis() >= 0
                        ? String.format(Locale.ROOT, ", first token %d ms, %.1f tokens/s",
                        answer.timings().firstTokenMillis(), answer.timings().tokensPerSecond()) : "",
                answer.timings().totalMillis());
    }

    /**
     * Says plainly that a written answer cites none of the documents, and offers the documents' own sentences
     * (the extractive answer) instead.
     */
    private void printUnsupported(Answer answer, Answer evidence) {
        if (answer.supported()) {
            return;
        }
        out.println("(not supported: this answer cites none of your documents, so do not rely on it)");
        if (evidence != null && !evidence.text().isBlank()) {
            out.println("What your documents say:");
            out.println(TerminalText.prose(evidence.text()));
            evidence.citations().forEach(c -> out.println(citationLine(c)));
        }
    }

    /** "[1] /docs/guide.pdf, page 3 (also in 2 other files: /backup/guide.pdf, /usb/guide.pdf)". */
    static String citationLine(Citation c) {
        String page = c.page() > 0 ? ", page " + c.page() : "";
        String also = TerminalText.safe(dev.zhiku.rag.Wording.alsoIn(c.alsoIn(), 3));
        return String.format(Locale.ROOT, "[%d] %s%s%s", c.number(), TerminalText.safe(c.displayPath()), page, also);
    }

    static Map<String, Object> toJson(Answer answer) {
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("retrieveMs", answer.timings().retrieveMillis());
        if (answer.timings().evidenceMillis() >= 0) {
            timings.put("evidenceMs", answer.timings().evidenceMillis());
        }
        if (answer.timings().rerankMillis() >= 0) {
            timings.put("rerankMs", answer.timings().rerankMillis());
        }
        if (answer.timings().rewriteMillis() >= 0) {
            timings.put("rewriteMs", answer.timings().rewriteMillis());
        }
        if (answer.timings().focusMillis() >= 0) {
            timings.put("focusMs", answer.timings().focusMillis());
        }
        timings.put("firstTokenMs", answer.timings().firstTokenMillis());
        timings.put("totalMs", answer.timings().totalMillis());
        timings.put("tokensPerSecond", answer.timings().tokensPerSecond());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("answer", answer.text());
        root.put("abstained", answer.abstained());
        root.put("supported", answer.supported());
        root.put("route", answer.route().name().toLowerCase(Locale.ROOT));
        root.put("model", answer.model());
        root.put("citations", CitationJson.of(answer.citations()));
        root.put("timings", timings);
        return root;
    }
}
