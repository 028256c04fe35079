package dev.zhiku.app.ui;

/** A failure told to a person: what happened and what to do next. Never a stack trace. */
public record UserMessage(String what, String nextStep) {
}
