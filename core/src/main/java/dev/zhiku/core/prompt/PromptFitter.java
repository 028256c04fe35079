package dev.zhiku.core.prompt;

import dev.zhiku.core.ChatMessage.Role;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The context policy: makes a conversation fit {@code contextSize} tokens with room for the answer.
 *
 * <ol>
 *   <li>If the rendered prompt plus {@code maxTokens} fits, nothing changes.</li>
 *   <li>Otherwise the oldest turns that are neither the system message nor the last message are dropped, one at a
 *       time, until it fits.</li>
 *   <li>Otherwise the longest remaining user message (then the system message) is shortened from its middle,
 *       keeping its beginning and end, with the marker {@value #MARKER} where text was removed.</li>
 *   <li>If the prompt still leaves fewer than {@code maxTokens}, the answer gets what is left (at least
 *       {@value #MIN_ANSWER} tokens); if even that is impossible a {@link GenerationException} says so.</li>
 * </ol>
 * Every step taken is described in {@link PromptFit#note()}. Nothing is ever cut by the native side.
 */
public final class PromptFitter {

    public static final String MARKER = " […] ";
    public static final int MIN_ANSWER = 16;

    private final Function<List<ChatMessage>, String> render;
    private final ToIntFunction<String> tokens;

    public PromptFitter(Function<List<ChatMessage>, String> render, ToIntFunction<String> tokens) {
        this.render = render;
        this.tokens = tokens;
    }

    public PromptFit fit(List<ChatMessage> messages, int maxTokens, int contextSize) {
        List<ChatMessage> list = new ArrayList<>(messages);
        List<String> notes = new ArrayList<>();
        int budget = contextSize - Math.min(maxTokens, contextSize / 2);
        String prompt = render.apply(list);
        int count = tokens.applyAsInt(prompt);
        int dropped = 0;
        while (count > budget && droppable(list) >= 0) {
            list.remove(droppable(list));
            dropped++;
            prompt = render.apply(list);
            count = tokens.applyAsInt(prompt);
        }
        if (dropped > 0) {
            notes.add("dropped the " + dropped + " oldest turn" + (dropped == 1 ? "" : "s"));
        }
        for (Role role : List.of(Role.USER, Role.SYSTEM)) {
            if (count > budget) {
                int i = longest(list, role);
                if (i >= 0) {
                    int before = list.get(i).content().length();
                    shorten(list, i, budget);
                    prompt = render.apply(list);
                    count = tokens.applyAsInt(prompt);
                    notes.add("shortened the longest " + role.name().toLowerCase() + " message from "
                            + before + " to " + list.get(i).content().length() + " characters");
                }
            }
        }
        int answer = Math.min(maxTokens, contextSize - count);
        if (answer < Math.min(maxTokens, MIN_ANSWER)) {
            throw new GenerationException("the question is too long for this model's context of " + contextSize
                    + " tokens, even after shortening it");
        }
        if (answer < maxTokens) {
            notes.add("answer limited to " + answer + " tokens");
        }
        return new PromptFit(List.copyOf(list), prompt, count, answer, String.join("; ", notes));
    }

    /** Index of the oldest message that may be dropped, or -1. */
    private static int droppable(List<ChatMessage> list) {
        for (int i = 0; i < list.size() - 1; i++) {
            if (list.get(i).role() != Role.SYSTEM) {
                return i;
            }
        }
        return -1;
    }

    private static int longest(List<ChatMessage> list, Role role) {
        int best = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).role() == role
                    && (best < 0 || list.get(i).content().length() > list.get(best).content().length())) {
                best = i;
            }
        }
        return best;
    }

    /** Binary search for the most characters of message {@code i} that keep the prompt within budget. */
    private void shorten(List<ChatMessage> list, int i, int budget) {
        ChatMessage original = list.get(i);
        String text = original.content();
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            list.set(i, new ChatMessage(original.role(), cut(text, mid)));
            if (tokens.applyAsInt(render.apply(list)) <= budget) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        list.set(i, new ChatMessage(original.role(), cut(text, lo)));
    }

    private static String cut(String text, int keep) {
        if (keep >= text.length()) {
            return text;
        }
        int head = keep / 2;
        int tail = keep - head;
        return text.substring(0, head) + MARKER + text.substring(text.length() - tail);
    }
}
