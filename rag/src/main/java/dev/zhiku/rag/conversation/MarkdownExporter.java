package dev.zhiku.rag.conversation;

import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a conversation as Markdown: the title, each question and answer, and under each answer its sources as
 * a list numbered like the answer's [n] marks ({@code - [1] /docs/a.pdf, page 3}). Text is written as is, so
 * Chinese stays Chinese; files are UTF-8.
 */
public final class MarkdownExporter {

    private static final int SNIPPET_LENGTH = 160;

    private final DateTimeFormatter dates;

    /** Dates in the computer's time zone. */
    public MarkdownExporter() {
        this(ZoneId.systemDefault());
    }

    public MarkdownExporter(ZoneId zone) {
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
    }

    public String export(Conversation conversation, List<ConversationMessage> messages) {
        StringBuilder md = new StringBuilder();
        String title = conversation.title().isBlank() ? "Untitled conversation" : conversation.title();
        md.append("# ").append(oneLine(title)).append("\n\n");
        md.append("_Started ").append(dates.format(conversation.created())).append(", exported from Zhiku._\n");
        for (ConversationMessage message : messages) {
            md.append('\n');
            if (message.isQuestion()) {
                md.append("## Question\n\n").append(message.text().strip()).append('\n');
            } else {
                appendAnswer(md, message);
            }
        }
        return md.toString();
    }

    /** Writes the export to a UTF-8 file, replacing it if it exists. */
    public void write(Path file, Conversation conversation, List<ConversationMessage> messages) throws IOException {
        Files.writeString(file, export(conversation, messages), StandardCharsets.UTF_8);
    }

    private static void appendAnswer(StringBuilder md, ConversationMessage answer) {
        md.append("## Answer\n\n").append(answer.text().strip()).append('\n');
        String origin = origin(answer);
        if (!origin.isEmpty()) {
            md.append("\n_").append(origin).append("_\n");
        }
        if (answer.citations().isEmpty()) {
            return;
        }
        md.append("\n**Sources**\n\n");
        for (Citation c : answer.citations()) {
            md.append("- ").append(citationLine(c)).append('\n');
        }
    }

    /** {@code [1] /docs/a.pdf, page 3 — "the supporting words"}. */
    static String citationLine(Citation c) {
        StringBuilder line = new StringBuilder("[").append(c.number()).append("] ").append(c.displayPath());
        if (c.page() > 0) {
            line.append(", page ").append(c.page());
        }
        String snippet = c.snippet() == null ? "" : oneLine(c.snippet());
        if (!snippet.isEmpty()) {
            if (snippet.length() > SNIPPET_LENGTH) {
                snippet = snippet.substring(0, SNIPPET_LENGTH).strip() + "…";
            }
            line.append(" — “").append(snippet).append('”');
        }
        return line.toString();
    }

    private static String origin(ConversationMessage answer) {
        String where = answer.route() == Route.EXTRACTIVE ? "Sentences from the documents"
                : answer.route() == Route.CLOUD ? "Cloud model" : answer.route() == Route.LOCAL ? "Local model" : "";
        if (!answer.model().isEmpty()) {
            where = where.isEmpty() ? answer.model() : where + " " + answer.model();
        }
        if (answer.totalMillis() >= 0) {
            where += String.format(Locale.ROOT, "%s%.1f s", where.isEmpty() ? "" : ", ", answer.totalMillis() / 1000.0);
        }
        return where;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
