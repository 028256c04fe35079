package dev.zhiku.app.ui.chat;

import dev.zhiku.core.Citation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The cited words inside the text around them. Plain-text files (.txt, .md) are read again to find the
 * surrounding text; for other formats only the cited snippet is known.
 *
 * @param before      text before the cited words (starts with … when cut)
 * @param highlighted the cited words
 * @param after       text after them (ends with … when cut)
 */
public record SourceExcerpt(String before, String highlighted, String after) {

    /** Characters of context on each side. */
    static final int CONTEXT = 600;
    private static final Set<String> PLAIN = Set.of("txt", "md", "markdown", "text");

    /** Never throws: an unreadable file gives the snippet alone. */
    public static SourceExcerpt of(Citation citation) {
        String snippet = citation.snippet() == null ? "" : citation.snippet().strip();
        SourceExcerpt alone = new SourceExcerpt("", snippet, "");
        if (!isPlainText(citation)) {
            return alone;
        }
        try {
            return around(read(Path.of(citation.path())), citation, snippet).orElse(alone);
        } catch (IOException | RuntimeException e) {
            return alone;
        }
    }

    private static boolean isPlainText(Citation c) {
        String name = c.path() == null ? "" : c.path().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return (c.member() == null || c.member().isEmpty()) && dot >= 0 && PLAIN.contains(name.substring(dot + 1));
    }

    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    static Optional<SourceExcerpt> around(String text, Citation c, String snippet) {
        int at = -1;
        int length = snippet.length();
        boolean offsetsFit = c.startOffset() >= 0 && c.startOffset() < c.endOffset() && c.endOffset() <= text.length();
        if (offsetsFit && !snippet.isEmpty()) {
            int inside = text.substring(c.startOffset(), c.endOffset()).indexOf(snippet);
            at = inside < 0 ? -1 : c.startOffset() + inside;
        }
        if (at < 0 && !snippet.isEmpty()) {
            at = text.indexOf(snippet);
        }
        if (at < 0 && offsetsFit) {
            at = c.startOffset();
            length = c.endOffset() - c.startOffset();
        }
        if (at < 0) {
            return Optional.empty();
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + length + CONTEXT);
        String before = (from > 0 ? "…" : "") + text.substring(from, at);
        String after = text.substring(at + length, to) + (to < text.length() ? "…" : "");
        return Optional.of(new SourceExcerpt(before, text.substring(at, at + length), after));
    }
}
