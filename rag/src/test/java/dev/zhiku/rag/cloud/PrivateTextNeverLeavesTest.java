package dev.zhiku.rag.cloud;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.power.PowerSource;
import dev.zhiku.indexer.store.FusionSettings;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever is asked, no text of a private folder appears in any payload. A seeded random corpus of
 * English and Chinese documents shares its vocabulary between an open and a private folder; every private sentence
 * also carries a marker word. Random questions mix the shared words and the markers.
 */
class PrivateTextNeverLeavesTest {

    private static final String[] WORDS = {"budget", "meeting", "invoice", "server", "garden", "contract", "report",
        "warranty", "holiday", "payment", "schedule", "project", "delivery", "printer", "network", "office",
        "预算", "会议", "发票", "服务器", "合同", "报告", "假期", "付款", "项目", "网络", "办公室", "打印机"};

    @TempDir
    Path dir;

    @Test
    void noPrivateSentenceEverReachesAPayload() throws Exception {
        Random random = new Random(20261121L);
        Path open = Files.createDirectories(dir.resolve("open"));
        Path secret = Files.createDirectories(dir.resolve("secret"));
        List<String> markers = new ArrayList<>();
        List<String> privateSentences = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            Files.writeString(open.resolve("open-" + d + ".txt"), document(random, null, null));
            String marker = "privmark" + (char) ('a' + d) + "zq";
            markers.add(marker);
            Files.writeString(secret.resolve("secret-" + d + ".txt"), document(random, marker, privateSentences));
        }
        ZhikuHome home = new ZhikuHome(dir.resolve("home"));
        try (Indexer indexer = new Indexer(home, IndexerSettings.defaults().withThreads(1), null,
                TokenCounter.estimating(), new IndexControl(), new PowerSource(), ProgressListener.NONE)) {
            indexer.addRoots(List.of(open), false);
            indexer.addRoots(List.of(secret), true);
            indexer.run();
        }
        Outbound.allowCloud(true);
        int ready = 0;
        int refused = 0;
        try (LocalKnowledgeBase kb = LocalKnowledgeBase.open(home, FusionSettings.defaults(), null);
             AuditLog audit = AuditLog.open(dir.resolve("audit"))) {
            CloudConfig config = CloudConfig.defaults().withService("https://cloud.invalid/v1", "m");
            Escalator escalator = new Escalator(kb, RagSettings.defaults(), () -> config,
                    EncryptedFileSecretStore.open(dir.resolve("secrets")), audit, CloudConnector.OPENAI_COMPATIBLE);
            for (int q = 0; q < 80; q++) {
                StringBuilder question = new StringBuilder("What about");
                for (int w = 0, n = 2 + random.nextInt(4); w < n; w++) {
                    question.append(' ').append(random.nextInt(4) == 0 ? markers.get(random.nextInt(markers.size()))
                            : WORDS[random.nextInt(WORDS.length)]);
                }
                EscalationPlan plan = escalator.plan(Question.of(question + "?"), null, EscalationTrigger.USER);
                if (plan instanceof EscalationPlan.Ready(CloudRequest request)) {
                    ready++;
                    String sent = request.payloadText();
                    for (String marker : markers) {
                        String asked = question.toString();
                        String withoutQuestion = sent.replace(asked, "");
                        assertFalse(withoutQuestion.contains(marker), "private text sent for '" + asked + "': " + sent);
                    }
                    for (String sentence : privateSentences) {
                        assertFalse(sent.contains(sentence), sentence);
                    }
                } else {
                    refused++;
                }
            }
        }
        assertTrue(ready >= 20, "most random questions have open evidence; ready " + ready + ", refused " + refused);
        assertTrue(refused >= 1, "questions only about private markers are refused; refused " + refused);
    }

    private static String document(Random random, String marker, List<String> sentences) {
        StringBuilder doc = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            StringBuilder sentence = new StringBuilder(marker == null ? "Note" : "Note " + marker);
            for (int w = 0, n = 5 + random.nextInt(6); w < n; w++) {
                sentence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            sentence.append('.');
            if (sentences != null) {
                sentences.add(sentence.toString());
            }
            doc.append(sentence).append(s % 2 == 1 ? "\n\n" : " ");
        }
        return doc.toString();
    }
}
