package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** HTML, Markdown and RTF, written as text. */
final class MarkupDocuments {

    static final String HTML_TITLE = "Sable bridge facts";

    private MarkupDocuments() {
    }

    static TestDocument html(Path dir) throws IOException {
        Phrase p = Phrases.HTML;
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="UTF-8"><title>%s</title></head>
                <body>
                <h1>Sable bridge / 貂桥</h1>
                <p>%s.</p>
                <h2>中文说明</h2>
                <p>%s。</p>
                </body>
                </html>
                """.formatted(HTML_TITLE, p.english(), p.chinese());
        Path file = Files.writeString(dir.resolve("sable-bridge.html"), html, StandardCharsets.UTF_8);
        return TestDocument.single(file, "text/html", p);
    }

    static TestDocument markdown(Path dir) throws IOException {
        Phrase p = Phrases.MARKDOWN;
        String markdown = """
                # Quokka app

                %s.

                ## 中文说明

                %s。

                - item one
                - 第二项
                """.formatted(p.english(), p.chinese());
        Path file = Files.writeString(dir.resolve("quokka-app.md"), markdown, StandardCharsets.UTF_8);
        return TestDocument.single(file, "text/markdown", p);
    }

    /** RTF with the Chinese written as {@code \\uN?} escapes (N a signed 16-bit decimal), as Word writes it. */
    static TestDocument rtf(Path dir) throws IOException {
        Phrase p = Phrases.RTF;
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\fswiss Helvetica;}"
                + "{\\f1\\fnil\\fcharset134 SimSun;}}\n"
                + "{\\info{\\title Cobalt printer}{\\author Zhiku Test Fixtures}}\n"
                + "\\pard\\plain\\f0\\fs24 " + p.english() + ".\\par\n"
                + "\\pard\\plain\\f1\\fs24 " + escape(p.chinese() + "。") + "\\par\n}";
        Path file = Files.writeString(dir.resolve("cobalt-printer.rtf"), rtf, StandardCharsets.US_ASCII);
        return TestDocument.single(file, "application/rtf", p);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            if (c < 128) {
                out.append((char) c);
            } else {
                out.append("\\u").append((short) c).append('?');
            }
        });
        return out.toString();
    }
}
