package dev.zhiku.app.ui.chat;

import dev.zhiku.rag.cloud.EscalationTrigger;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The cloud's parts of an answer card: the "Ask cloud" button (small in the card's footer; prominent when the
 * documents did not hold the answer), the one-line notice after an attempt, and why a cloud answer was sent.
 */
final class CloudCards {

    private final ChatViewModel model;
    private final ChatTexts texts;

    CloudCards(ChatViewModel model, ChatTexts texts) {
        this.model = model;
        this.texts = texts;
    }

    /** The small footer button under a local or extractive answer. */
    Optional<Node> smallButton(ChatItem item) {
        return button(item, "cloud.ask", "ask-cloud-button", "flat");
    }

    /** The larger button of a "not found" answer, where the cloud is the obvious next step. */
    Optional<Node> prominentButton(ChatItem item) {
        return button(item, "cloud.ask.prominent", "ask-cloud-button", "ask-cloud-prominent", "accent");
    }

    private Optional<Node> button(ChatItem item, String textKey, String... styles) {
        if (!item.canAskCloud()) {
            return Optional.empty();
        }
        if (item.cloud().phase() == CloudState.Phase.WORKING) {
            Label working = new Label(texts.get("cloud.working"));
            working.getStyleClass().add("cloud-working");
            return Optional.of(working);
        }
        Button ask = new Button(texts.get(textKey));
        ask.getStyleClass().addAll(styles);
        ask.setTooltip(new Tooltip(texts.get("cloud.ask.tooltip")));
        ask.visibleProperty().bind(model.cloudOfferedProperty());
        ask.managedProperty().bind(ask.visibleProperty());
        ask.disableProperty().bind(model.busyProperty());
        ask.setOnAction(e -> model.askCloud(item));
        return Optional.of(ask);
    }

    /** The line under an answer after an attempt: why nothing was sent, or why the cloud answer failed. */
    Optional<Node> notice(ChatItem item) {
        CloudState cloud = item.cloud();
        String text = switch (cloud.notice()) {
            case NONE -> null;
            case REFUSED -> texts.format("cloud.refused", cloud.detail());
            case FAILED -> texts.format("cloud.failed", failure(cloud.detail()));
            case NOT_SENT -> texts.get("cloud.notSent");
        };
        if (text == null) {
            return Optional.empty();
        }
        Label notice = new Label(text);
        notice.setWrapText(true);
        notice.getStyleClass().addAll("cloud-notice", "cloud-notice-" + cloud.notice().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        return Optional.of(notice);
    }

    /** Why a cloud answer was sent without a click: shown on top of its card. */
    Optional<Node> why(ChatItem item) {
        EscalationTrigger trigger = item.cloud().trigger();
        if (trigger == null || trigger == EscalationTrigger.USER) {
            return Optional.empty();
        }
        String key = switch (trigger) {
            case ABSTAINED -> "cloud.auto.abstained";
            case NO_LOCAL_MODEL -> "cloud.auto.noLocalModel";
            case CONTEXT_TOO_BIG -> "cloud.auto.contextTooBig";
            case USER -> throw new IllegalStateException("a click is not automatic");
        };
        Label why = new Label(texts.get(key));
        why.setWrapText(true);
        why.getStyleClass().add("cloud-why");
        return Optional.of(why);
    }

    /** The escalator's one-line failure, in the person's language where it is a known one; no final period. */
    private String failure(String detail) {
        String line = detail.strip();
        String lower = line.toLowerCase(Locale.ROOT);
        String key = lower.contains("api key") ? "cloud.failure.key"
                : lower.contains("rate-limit") ? "cloud.failure.rate"
                : lower.startsWith("cannot reach") || lower.contains("timed out") ? "cloud.failure.network"
                : "cloud.failure.other";
        String text = texts.format(key, line);
        return text.endsWith(".") || text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
    }
}
