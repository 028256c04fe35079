package dev.zhiku.app.ui.chat;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads the chat works on: one for answers (one question at a time) and one for the stores and files, so
 * that the conversation list stays responsive while a model writes.
 */
public final class ChatWorkers implements AutoCloseable {

    private final Executor answers;
    private final Executor io;
    private final Runnable shutdown;

    private ChatWorkers(Executor answers, Executor io, Runnable shutdown) {
        this.answers = answers;
        this.io = io;
        this.shutdown = shutdown;
    }

    /** Two named daemon threads: {@code zhiku-chat-answer} and {@code zhiku-chat-io}. */
    public static ChatWorkers daemon() {
        ExecutorService answers = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("zhiku-chat-answer").daemon(true).factory());
        ExecutorService io = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("zhiku-chat-io").daemon(true).factory());
        return new ChatWorkers(answers, io, () -> {
            answers.shutdownNow();
            io.shutdownNow();
        });
    }

    /** Given executors (tests: {@code Runnable::run} runs everything on the caller). */
    public static ChatWorkers of(Executor answers, Executor io) {
        return new ChatWorkers(answers, io, () -> { });
    }

    public Executor answers() {
        return answers;
    }

    public Executor io() {
        return io;
    }

    @Override
    public void close() {
        shutdown.run();
    }
}
