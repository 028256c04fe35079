package dev.zhiku.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link TextGenerator} that answers with scripted text, for tests that need exact answers (citation checks,
 * abstention wording). It streams the answer in word-sized pieces and follows the same contract as the real
 * engine ({@link TextGeneratorContract}). Tokens are counted as one per CJK character or Latin word.
 */
public final class ScriptedTextGenerator implements TextGenerator {

    private final Function<GenerationRequest, String> script;
    private final int contextLength;

    public ScriptedTextGenerator(Function<GenerationRequest, String> script, int contextLength) {
        this.script = script;
        this.contextLength = contextLength;
    }

    /** Always answers with the given text. */
    public static ScriptedTextGenerator answering(String text) {
        return new ScriptedTextGenerator(r -> text, 4096);
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public int contextLength() {
        return contextLength;
    }

    @Override
    public int countTokens(String text) {
        return pieces(text).size();
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control) {
        long t0 = System.nanoTime();
        List<ChatMessage> messages = new ArrayList<>(request.messages());
        String note = fit(messages, request.maxTokens());
        int prompt = messages.stream().mapToInt(m -> countTokens(m.content()) + 4).sum();
        String answer = script.apply(new GenerationRequest(messages, request.maxTokens(), request.temperature(),
                request.topP(), request.seed(), request.stop(), request.jsonSchema(), request.conversationId()));
        StringBuilder text = new StringBuilder();
        GenerationResult.FinishReason finish = GenerationResult.FinishReason.END;
        int generated = 0;
        long first = -1;
        for (String piece : pieces(answer)) {
            if (control.isStopped()) {
                finish = GenerationResult.FinishReason.STOPPED;
                break;
            }
            if (generated == request.maxTokens()) {
                finish = GenerationResult.FinishReason.LENGTH;
                break;
            }
            String candidate = text + piece;
            int cut = firstStop(candidate, request.stop());
            if (cut >= 0) {
                String rest = candidate.substring(text.length(), cut);
                emit(sink, text, rest);
                finish = GenerationResult.FinishReason.STOP_SEQUENCE;
                generated++;
                break;
            }
            emit(sink, text, piece);
            generated++;
            if (first < 0) {
                first = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        return new GenerationResult(text.toString(), finish, prompt, 0, generated, Math.max(0, first), total,
                generated / Math.max(1e-3, total / 1000.0), note);
    }

    private static void emit(TokenSink sink, StringBuilder text, String piece) {
        if (!piece.isEmpty()) {
            text.append(piece);
            sink.onToken(piece);
        }
    }

    /** Same policy as the local engine: drop oldest turns, then shorten the longest message in its middle. */
    private String fit(List<ChatMessage> messages, int maxTokens) {
        // The answer keeps at least a quarter of the context, as in the local engine's policy.
        int budget = contextLength - Math.min(maxTokens, contextLength / 4);
        List<String> notes = new ArrayList<>();
        int firstTurn = messages.getFirst().role() == ChatMessage.Role.SYSTEM ? 1 : 0;
        while (size(messages) > budget && messages.size() - firstTurn > 1) {
            messages.remove(firstTurn);
            notes.add("dropped an earlier turn");
        }
        while (size(messages) > budget) {
            int before = size(messages);
            int longest = 0;
            for (int i = 1; i < messages.size(); i++) {
                if (messages.get(i).content().length() > messages.get(longest).content().length()) {
                    longest = i;
                }
            }
            ChatMessage m = messages.get(longest);
            List<String> p = pieces(m.content());
            int keep = Math.max(0, p.size() - (size(messages) - budget) - 8) / 2;
            String shortened = String.join("", p.subList(0, keep)) + " […] "
                    + String.join("", p.subList(p.size() - keep, p.size()));
            messages.set(longest, new ChatMessage(m.role(), shortened));
            notes.add("shortened the longest message");
            if (size(messages) >= before) {
                break;
            }
        }
        return String.join("; ", notes.stream().distinct().toList());
    }

    private int size(List<ChatMessage> messages) {
        return messages.stream().mapToInt(m -> countTokens(m.content()) + 4).sum();
    }

    private static int firstStop(String text, List<String> stops) {
        int best = -1;
        for (String s : stops) {
            int i = text.indexOf(s);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** Word-sized pieces: one per CJK character, one per Latin word with its trailing space. */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                if (!word.isEmpty()) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                out.add(String.valueOf(c));
            } else {
                word.append(c);
                if (Character.isWhitespace(c)) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }
}
