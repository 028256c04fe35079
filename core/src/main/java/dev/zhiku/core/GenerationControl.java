package dev.zhiku.core;

/**
 * Lets the user stop a running generation. The generating loop polls {@link #isStopped()} between tokens; no
 * other thread ever calls into the model (see docs/decisions/0008-local-llm-engine.md: cancelling from another thread can hang it).
 */
public final class GenerationControl {

    private volatile boolean stopped;

    public void stop() {
        stopped = true;
    }

    public boolean isStopped() {
        return stopped;
    }
}
