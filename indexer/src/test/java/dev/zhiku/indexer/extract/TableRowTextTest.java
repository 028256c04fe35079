package dev.zhiku.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's row is one paragraph, its cells in order: the line breaks a page's source has inside its cells, and a
 * paragraph in a cell, are layout. Kept as paragraph breaks, they cut the row "fail2ban | 禁用造成多个认证错误的 IP"
 * into lines that no longer say which package does what.
 */
class TableRowTextTest {

    @TempDir
    Path dir;

    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionSettings.defaults());

    @Test
    void aRowOfAPrettyPrintedTableIsOneParagraph() throws IOException, ExtractionFailure {
        String text = ExtractedText.ofPage(extractor, dir, "tools.html", "安全工具", """
                <p>使用防火墙策略，并和下面的安全工具一起，可以提升安全形势。</p>
                <table>
                  <tr><th>软件包</th><th>说明</th></tr>
                  <tr>
                    <td style="text-align: left">
                      <a class="ulink" href="http://packages.debian.org/sid/fail2ban">
                <code class="literal">fail2ban</code> </a>
                    </td>
                    <td style="text-align: left">
                      禁用造成多个认证错误的 IP
                    </td>
                  </tr>
                  <tr><td><p>knockd</p></td><td><p>小的 port-knock 后台守护进程</p><p>和客户端</p></td></tr>
                </table>
                <pre>line one

                line three</pre>
                """);
        List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).toList();
        assertTrue(paragraphs.stream().anyMatch(p -> p.matches("fail2ban\\s+禁用造成多个认证错误的 IP")),
                paragraphs.toString());
        assertTrue(paragraphs.stream().anyMatch(p -> p.matches("knockd\\s+小的 port-knock 后台守护进程\\s+和客户端")),
                paragraphs.toString());
        assertTrue(text.contains("line one\n"), "a pre block keeps its own line breaks: " + paragraphs);
    }

    /** A page laid out in one big cell (a mail, an old site) keeps its paragraphs. */
    @Test
    void aPageLaidOutInACellKeepsItsParagraphs() throws IOException, ExtractionFailure {
        String paragraph = "The meeting moves to room 204 on the second floor, next to the library. ".repeat(6);
        String text = ExtractedText.ofPage(extractor, dir, "mail.html", "Notice", """
                <table><tr><td>
                <p>%s</p>
                <p>Lunch is served at noon in the hall.</p>
                <p>Bring your own laptop.</p>
                </td></tr></table>
                """.formatted(paragraph));
        List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).toList();
        assertTrue(paragraphs.contains("Lunch is served at noon in the hall."), paragraphs.toString());
        assertTrue(paragraphs.contains("Bring your own laptop."), paragraphs.toString());
    }
}
