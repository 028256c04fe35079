package dev.zhiku.rag.collection;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.Passage;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Summarises a whole document. With a model: map-reduce — each part that fits the context is summarised, then
 * the part summaries are summarised (again in parts while they do not fit), the last step streamed. Without a
 * model: an {@link ExtractiveDigest} (section headings and the most central sentences, with pages).
 */
public final class DocumentSummarizer {

    private static final int EXTRACTIVE_POINTS = 6;
    private static final int PART_ANSWER_TOKENS = 160;
    private static final int FINAL_ANSWER_TOKENS = 320;

    private final TextGenerator generator;

    public DocumentSummarizer(TextGenerator generator) {
        this.generator = generator;
    }

    public String summarize(List<Passage> passages, Language language, AnswerListener listener,
                            GenerationControl control) {
        if (passages.isEmpty()) {
            return "";
        }
        if (generator == null) {
            return extractive(passages);
        }
        int budget = Math.max(256, generator.contextLength() / 2);
        List<String> parts = passages.stream().map(Passage::text).toList();
        int round = 0;
        while (true) {
            List<String> groups = group(parts, budget);
            if (groups.size() == 1) {
                return ask(groups.getFirst(), language, true, FINAL_ANSWER_TOKENS, listener::onToken, control);
            }
            List<String> next = new ArrayList<>();
            for (int i = 0; i < groups.size() && !control.isStopped(); i++) {
                listener.onProgress(i, groups.size());
                next.add(ask(groups.get(i), language, false, PART_ANSWER_TOKENS, TokenSink.NONE, control));
            }
            listener.onProgress(groups.size(), groups.size());
            if (control.isStopped() || ++round > 8) {
                return String.join("\n", next);
            }
            parts = next;
        }
    }

    private String ask(String text, Language language, boolean whole, int maxTokens, TokenSink sink,
                       GenerationControl control) {
        String instruction = language == Language.ZH
                ? (whole ? "用中文概括下面文档的要点，分条列出，不要编造。" : "用三句话概括下面这部分文档，不要编造。")
                : (whole ? "Summarise the main points of the document below as a short list. Add nothing that is not "
                        + "in it." : "Summarise this part of a document in three sentences. Add nothing.");
        GenerationRequest request = GenerationRequest.of(List.of(ChatMessage.system(instruction),
                ChatMessage.user("<document>\n" + text.replace("<", "‹").replace(">", "›") + "\n</document>")))
                .withMaxTokens(Math.max(16, Math.min(maxTokens, generator.contextLength() / 4)));
        return generator.generate(request, sink, control).text().strip();
    }

    /** Joins texts into groups of at most {@code budget} estimated tokens (a longer text is its own group). */
    static List<String> group(List<String> texts, int budget) {
        List<String> groups = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int tokens = 0;
        for (String t : texts) {
            int cost = TokenEstimate.of(t);
            if (tokens > 0 && tokens + cost > budget) {
                groups.add(current.toString());
                current.setLength(0);
                tokens = 0;
            }
            current.append(t).append("\n\n");
            tokens += cost;
        }
        if (!current.isEmpty()) {
            groups.add(current.toString());
        }
        return groups;
    }

    static String extractive(List<Passage> passages) {
        return ExtractiveDigest.of(passages, EXTRACTIVE_POINTS);
    }
}
