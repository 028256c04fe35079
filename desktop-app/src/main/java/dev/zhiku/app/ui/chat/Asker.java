package dev.zhiku.app.ui.chat;

import dev.zhiku.core.GenerationControl;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Question;

/** Answers a question, reporting progress to a listener: {@code answerer::ask} in the app, a script in tests. */
@FunctionalInterface
public interface Asker {

    AnswerOutcome ask(Question question, AnswerListener listener, GenerationControl control);
}
