package dev.zhiku.rag.conversation;

import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import java.util.List;

/** A message about to be stored: a question (no route, no citations) or an answer. */
record MessageDraft(ChatMessage.Role role, String text, Route route, String model, boolean abstained,
                    AnswerTimings timings, List<Citation> citations) {

    MessageDraft {
        if (role == ChatMessage.Role.SYSTEM) {
            throw new IllegalArgumentException("a conversation stores questions and answers, not system prompts");
        }
        text = text == null ? "" : text;
        model = model == null ? "" : model;
        citations = List.copyOf(citations);
    }
}
