package dev.zhiku.rag.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SearchQuery;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.TestKnowledgeBases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings, captions and navigation of real extracted HTML (Tika, Lucene) are never quoted as evidence, while
 * option and setting names leading into a statement stay with it.
 */
class AnswerLinesTest {

    private static final String PAGE = """
            <html><head><title>20.12. Lock Management</title></head><body>
            <div class="navheader">Prev &#160; Up &#160; Chapter 20. Server Configuration &#160; Home &#160; Next</div>
            <h2>20.12. Lock Management</h2>
            <dl><dt>deadlock_timeout (integer)</dt>
            <dd><p>This is the amount of time to wait on a lock before checking to see if there is a deadlock
            condition. The default is one second (1s).</p></dd></dl>
            <p>Example 20.3</p>
            <p>TIP</p>
            <pre>-J destination</pre>
            <p>Connect to the target host by first making a connection to the jump host.</p>
            <div class="navfooter">Prev &#160; Up &#160; Next</div>
            <div class="navfooter">20.11. Client Connection Defaults &#160;Home&#160; 20.13. Version Compatibility</div>
            </body></html>
            """;

    @TempDir
    Path tmp;

    @Test
    void evidenceFromARealPageHoldsStatementsOnly() throws Exception {
        try (LocalKnowledgeBase kb = TestKnowledgeBases.build(tmp, Map.of("locks.html", PAGE))) {
            var hits = kb.search(SearchQuery.of("how long to wait on a lock before deadlock check jump host", 5))
                    .hits();
            List<EvidenceSentence> ranked = SentenceSelector.rank("How long does a lock wait before the deadlock "
                    + "check, and how do I connect through a jump host?", hits, 8);
            assertFalse(ranked.isEmpty());
            for (EvidenceSentence s : ranked) {
                String first = s.text().lines().findFirst().orElse("").strip();
                assertFalse(first.startsWith("20.12"), s.text());
                assertFalse(s.text().contains("Prev"), s.text());
                assertFalse(s.text().contains("Home"), s.text());
                assertFalse(first.equals("TIP") || first.startsWith("Example 20.3"), s.text());
                assertFalse(s.text().strip().equals("deadlock_timeout (integer)"), s.text());
                var p = s.hit().passage();
                assertEquals(p.text().substring(s.start() - p.startOffset(), s.end() - p.startOffset()), s.text());
            }
            assertTrue(ranked.stream().anyMatch(s -> s.text().contains("(1s)")), ranked.toString());
            assertTrue(ranked.stream().anyMatch(s -> s.text().startsWith("-J destination")), ranked.toString());
        }
    }

    /** A section name parts a page's text; the same word as a cell of a table's header row does not. */
    @Test
    void aSectionNameSeparatesButATableHeaderCellDoesNot() {
        String page = "createdb — create a new database\n\nSynopsis\n\ncreatedb [option...] [dbname]";
        assertEquals(List.of("createdb — create a new database", "createdb [option...] [dbname]"),
                texts(page, Set.of()));
        // as the document converter writes a table's caption, with no-break spaces
        String table = "Table\u00a08.2.\u00a0Numeric Types\n\nName\n\nStorage Size\n\nDescription\n\nRange\n\nsmallint\n\n"
                + "2 bytes\n\nsmall-range integer\n\n-32768 to +32767";
        List<String> rows = texts(table, Set.of());
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.getFirst().contains("Description") && rows.getFirst().contains("-32768"), rows.toString());
    }

    private static List<String> texts(String text, Set<String> headings) {
        return AnswerLines.statements(text, new dev.zhiku.core.text.SentenceSplitter.Span(0, text.length()), headings)
                .stream().map(s -> text.substring(s.start(), s.end()).strip()).toList();
    }

    @Test
    void linesAreJudgedByWhatTheyAre() {
        var none = java.util.Set.<String>of();
        assertTrue(AnswerLines.isNonStatement("4.6.3. 互联网额外的安全方式", none));
        assertTrue(AnswerLines.isNonStatement("例 12.3 使用 rsync 备份", none));
        assertTrue(AnswerLines.isNonStatement("See Also", none));
        assertTrue(AnswerLines.isNonStatement("[注意]", none), "an admonition icon's alt text");
        assertTrue(AnswerLines.isNonStatement("[Warning]", none));
        assertFalse(AnswerLines.isNonStatement("[1] The default is 8 kB.", none));
        assertTrue(AnswerLines.isNonStatement("上一页 起始页 下一页", none));
        assertTrue(AnswerLines.isNonStatement("Prev\u00a0 Up \u00a0Next", none), "cells parted by no-break spaces");
        assertTrue(AnswerLines.isNonStatement("pg_dump\u00a0 Home \u00a0pg_isready", none),
                "a footer naming the pages around Home");
        assertTrue(AnswerLines.isNonStatement("Chapter 26. Backup and Restore\u00a0 Home \u00a026.2. File System "
                + "Level Backup", none));
        assertFalse(AnswerLines.isNonStatement("Press\u00a0Home to move to the first line.", none));
        assertTrue(AnswerLines.isNonStatement("Backup and Restore", java.util.Set.of("backup and restore")));
        assertFalse(AnswerLines.isNonStatement("-J destination", none));
        assertFalse(AnswerLines.isNonStatement("smallint 2 bytes -32768 to +32767", none));
        assertFalse(AnswerLines.isNonStatement("The default is 8 kB.", none));
        assertFalse(AnswerLines.isNonStatement("残忍地拔掉你的网络连接", none));
    }

    /** The legal and contact notice at the end of a manual page matches any question's words; it is never quoted. */
    @Test
    void noticesAreNotStatementsButWhoWroteAPoemIs() {
        Set<String> none = Set.of();
        for (String notice : List.of("Report bugs to <bug-tar@gnu.org>.",
                "Copyright © 2013-2019 Free Software Foundation, Inc.",
                "This is free software: you are free to change and redistribute it.",
                "版权所有 © 2010 自由软件基金会。",
                "Report any translation bugs to <https://translationproject.org/team/>",
                "GNU coreutils online help: <https://www.gnu.org/software/coreutils/>",
                "Full documentation <https://www.gnu.org/software/coreutils/split>",
                "or available locally via: info '(coreutils) split invocation'",
                "请向 <https://translationproject.org/team/zh_CN.html> 报告翻译错误。",
                "GNU coreutils 的在线帮助： <https://www.gnu.org/software/coreutils/>")) {
            assertTrue(AnswerLines.isNonStatement(notice, none), notice);
        }
        for (String statement : List.of("The online help of the program lists every command.",
                "作者:苏轼（１０３６－１１０１）", "Report the size of each file in bytes.",
                "The copyright holder may change the license.")) {
            assertFalse(AnswerLines.isNonStatement(statement, none), statement);
        }
    }

    /** A footer written one link per line, as DocBook's HTML does, is navigation even in the middle of a span. */
    @Test
    void aFooterWithOneLinkPerLineIsNeverQuoted() {
        String text = "The format of the /etc/fstab file is documented in the fstab(5) manual page.\n"
                + "Prev11.4.\u00a0NFS File Server\nUp\nHome\nNext11.6. HTTP/FTP Proxy\n"
                + "A mount of a Windows share can also be configured in /etc/fstab:";
        var spans = AnswerLines.statements(text, new dev.zhiku.core.text.SentenceSplitter.Span(0, text.length()),
                java.util.Set.of());
        List<String> parts = spans.stream().map(sp -> text.substring(sp.start(), sp.end()).strip()).toList();
        assertEquals(List.of("The format of the /etc/fstab file is documented in the fstab(5) manual page.",
                "A mount of a Windows share can also be configured in /etc/fstab:"), parts);
        var none = java.util.Set.<String>of();
        assertTrue(AnswerLines.isNonStatement("上一页", none));
        assertFalse(AnswerLines.isNonStatement("Next, restart the server.", none));
        assertFalse(AnswerLines.isNonStatement("Next 2 weeks are reserved.", none));
    }

    @Test
    void anAdmonitionLabelPartsTheCommandBeforeItFromTheWarningAfterIt() {
        String text = "$ find / -perm -4000 -print\n\n小心\n\n由于校验码保存在本机，面对恶意攻击也不能完全相信检查的结果。";
        var spans = AnswerLines.statements(text, new dev.zhiku.core.text.SentenceSplitter.Span(0, text.length()),
                java.util.Set.of());
        List<String> parts = spans.stream().map(sp -> text.substring(sp.start(), sp.end()).strip()).toList();
        assertEquals(List.of("$ find / -perm -4000 -print", "由于校验码保存在本机，面对恶意攻击也不能完全相信检查的结果。"), parts);
        String en = "Run the check every night.\n[Note]\nThe check reads every file, so it is slow.";
        List<String> enParts = AnswerLines.statements(en, new dev.zhiku.core.text.SentenceSplitter.Span(0,
                en.length()), java.util.Set.of()).stream().map(sp -> en.substring(sp.start(), sp.end()).strip())
                .toList();
        assertEquals(List.of("Run the check every night.", "The check reads every file, so it is slow."), enParts);
    }

    @Test
    void crossReferencesAndListsOfNamesAreWhereToLookNotWhatIsSo() {
        var none = java.util.Set.<String>of();
        assertTrue(AnswerLines.isNonStatement("参见 第 7.2 节 “远程登录工具 (SSH)”.", none));
        assertTrue(AnswerLines.isNonStatement("请参阅第 3.1 节“备份”来获得更多信息。", none));
        assertTrue(AnswerLines.isNonStatement("See Section 12.4.", none));
        assertTrue(AnswerLines.isNonStatement("(For details of the rules these filters follow, see Table 4.2.)", none));
        assertTrue(AnswerLines.isNonStatement("scp(1), ssh(1), ssh-keygen(1), sshd(8)", none), "a See Also list");
        assertTrue(AnswerLines.isNonStatement("chfn(1), chsh(1), passwd(1), login.defs(5), gpasswd(8), groupadd(8).",
                none), "a See Also list that ends with a full stop");
        assertFalse(AnswerLines.isNonStatement("Use chsh(1) for the shell, chfn(1) for the name, passwd(1) for the password.",
                none), "manual pages named in a sentence");
        assertTrue(AnswerLines.isNonStatement("CREATE VIEW, ALTER VIEW, DROP VIEW", none));
        assertFalse(AnswerLines.isNonStatement("Possible values are md5, scram-sha-256 and password.", none));
        assertFalse(AnswerLines.isNonStatement("使用 iconv 命令（参见 iconv(1)）检查文件的编码。", none));
        assertFalse(AnswerLines.isNonStatement("见人惊起入芦花。", none), "见 alone is a word of the text");
        assertFalse(AnswerLines.isNonStatement("红色、绿色、蓝色", none));
        assertFalse(AnswerLines.isNonStatement("-s, --since, -p, --pretty show the time the system came up", none));
        assertFalse(AnswerLines.isNonStatement("See the table below: the limit is 8 kB for a row, 1 GB for a field, "
                + "and 32 TB for a table, whatever the block size and whatever the number of columns is.", none),
                "a long sentence says more than where to look");
    }
}
