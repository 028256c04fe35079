package dev.zhiku.indexer.chunk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.indexer.embed.EmbeddingModelSpec;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast token estimate stays within 35 % of the real WordPiece tokenizer of the embedding model. */
class TokenEstimateTest {

    private static final List<String> PARAGRAPHS = List.of(
            "员工出差回来后，应在十五个工作日内填写报销单，并附上发票和行程单，由部门经理审批后提交财务部。",
            "熊猫主要生活在四川的山区竹林里，每天要花十几个小时吃竹子。它们的数量近年来有所增加。",
            "After a business trip, employees fill in an expense claim within fifteen working days and attach "
                    + "the receipts; the department manager approves it before finance pays.",
            "Giant pandas live in the bamboo forests of Sichuan's mountains and spend more than ten hours a day "
                    + "eating bamboo. Their numbers have grown in recent years.");

    @Test
    void estimateIsWithinAThirdOfTheModelsCount() {
        TokenCounter estimate = TokenCounter.estimating();
        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q,
                Path.of("target", "djl-cache"), 1)) {
            for (String paragraph : PARAGRAPHS) {
                int real = model.countTokens(paragraph);
                int guess = estimate.count(paragraph);
                assertTrue(Math.abs(guess - real) <= 0.35 * real, () -> guess + " vs " + real + ": " + paragraph);
            }
        }
    }
}
