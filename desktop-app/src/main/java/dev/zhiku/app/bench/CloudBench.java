package dev.zhiku.app.bench;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.Homes;
import dev.zhiku.app.cli.Picocli;
import dev.zhiku.app.cli.ZhikuCommandLine;
import dev.zhiku.app.serve.KnowledgeServer;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.cloud.CloudAnswer;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.EscalationPlan;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.cloud.Escalator;
import dev.zhiku.rag.cloud.SecretStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhiku bench cloud [--runs N]}: the cost of the escalation path on this PC, without the remote model.
 * Indexes a generated bilingual folder full of e-mail addresses, phone numbers and IDs, serves it with the real
 * {@code zhiku serve} on loopback as the "cloud", and escalates questions through the real path: plan (private
 * filter, evidence, redaction) and send (key, audit, client, restore while streaming, citation check). The remote
 * part — from the request leaving to the last byte of the answer — is measured separately and excluded.
 */
@Command(name = "cloud", description = {"cost of the escalation path on this PC (remote excluded)",
    "Plan (private filter, evidence, redaction) and send (key, audit, client, restore, citations), with",
    "zhiku serve on loopback as the 'cloud'; the remote part is measured apart and left out."})
final class CloudBench implements Callable<Integer> {

    private static final String[] QUESTIONS = {
        "Who do I contact about the invoice for project %d?", "项目%d的发票应该联系谁？",
        "When is the review meeting of project %d?", "项目%d的评审会议在什么时候？"};

    private final PrintStream out;

    @Mixin
    private HelpOption help;

    @Option(names = "--runs", paramLabel = "N", description = "escalations measured after the warm-up (default 200)")
    private Integer runs;

    CloudBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        int runs = Picocli.bounded("--runs", this.runs, 200, 10, 100_000);
        Path base = Files.createTempDirectory("zhiku-bench-cloud-");
        Path docs = Files.createDirectories(base.resolve("docs"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(docs.resolve("project-" + i + ".txt"), String.format(Locale.ROOT, """
                    Project %1$d status report.

                    For the invoice for project %1$d contact li.ming%1$d@example.com or call 1381234%2$04d. \
                    The review meeting of project %1$d is on Friday at 10:00 in room %1$d. Server 10.0.%1$d.7 hosts \
                    the build.

                    项目%1$d的发票请联系李明，邮箱 li.ming%1$d@example.com，电话 1391234%2$04d。项目%1$d的评审会议在周五上午十点。
                    """, i, 1000 + i), StandardCharsets.UTF_8);
        }
        ZhikuHome home = new ZhikuHome(base.resolve("home"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(log, true, StandardCharsets.UTF_8);
        if (new ZhikuCommandLine(quiet, quiet).run(new String[] {"index", "--home", home.root().toString(),
            "--keyword-only", "--quiet", docs.toString()}) != 0) {
            throw new IllegalStateException("indexing the bench folder failed: " + log);
        }
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults());
             LocalKnowledgeBase kb = wiring.knowledgeBase(false)) {
            Answerer answerer = wiring.answerer(kb, null, RagSettings.defaults());
            try (KnowledgeServer cloud = KnowledgeServer.start(answerer, "zhiku-extractive", 0, "bench-token")) {
                wiring.saveCloudConfig(CloudConfig.defaults().withService(cloud.baseUri().toString(),
                        cloud.modelId()));
                wiring.secrets().put(SecretStore.CLOUD_API_KEY, "bench-token");
                Escalator escalator = wiring.escalator(kb, RagSettings.defaults());
                int warmup = Math.min(50, runs / 4);
                List<long[]> samples = new ArrayList<>();
                for (int r = 0; r < warmup + runs; r++) {
                    Question q = Question.of(String.format(Locale.ROOT, QUESTIONS[r % QUESTIONS.length], r % 40));
                    AnswerOutcome local = answerer.ask(q, AnswerListener.NONE, new GenerationControl());
                    long t0 = System.nanoTime();
                    EscalationPlan plan = escalator.plan(q, local.retrieval(), EscalationTrigger.USER);
                    long planned = System.nanoTime();
                    if (!(plan instanceof EscalationPlan.Ready(var request))) {
                        throw new IllegalStateException("the bench question was refused: " + plan);
                    }
                    CloudAnswer answer = escalator.send(request, AnswerListener.NONE, new GenerationControl());
                    if (r >= warmup) {
                        long planMicros = (planned - t0) / 1_000;
                        samples.add(new long[] {planMicros, answer.overheadMillis() * 1_000,
                            planMicros + answer.overheadMillis() * 1_000, answer.remoteMillis() * 1_000});
                    }
                }
                out.printf(Locale.ROOT, "Escalation path on this PC, %d runs after %d warm-up (remote model "
                        + "excluded; the 'cloud' is zhiku serve on loopback):%n", runs, warmup);
                String[] names = {"plan (private filter, evidence, redaction)", "send (key, audit, client, restore, "
                        + "citations)", "total overhead", "remote (excluded)"};
                for (int k = 0; k < names.length; k++) {
                    long[] column = new long[samples.size()];
                    for (int i = 0; i < column.length; i++) {
                        column[i] = samples.get(i)[k];
                    }
                    Arrays.sort(column);
                    out.printf(Locale.ROOT, "  %-55s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", names[k],
                            column[column.length / 2] / 1000.0, column[(int) (column.length * 0.95)] / 1000.0,
                            column[column.length - 1] / 1000.0);
                }
                out.printf(Locale.ROOT, "  audit entries written: %d%n", wiring.auditLog().count());
            }
        }
        return 0;
    }
}
