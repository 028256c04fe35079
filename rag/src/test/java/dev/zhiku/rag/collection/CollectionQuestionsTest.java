package dev.zhiku.rag.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionQuestionsTest {

    // Thursday 2026-11-19, noon UTC
    private final CollectionQuestions parser = new CollectionQuestions(
            Clock.fixed(Instant.parse("2026-11-19T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void mentions() {
        assertEquals(new CollectionIntent.Mentions("pg_dump"), parser.parse("Which documents mention pg_dump?").get());
        assertEquals(new CollectionIntent.Mentions("华信"), parser.parse("哪些文档提到了华信？").get());
    }

    @Test
    void changedInAPeriod() {
        CollectionIntent.Changed week = (CollectionIntent.Changed) parser.parse("files I changed last week").get();
        assertEquals(Instant.parse("2026-11-09T00:00:00Z"), week.from());
        assertEquals(Instant.parse("2026-11-16T00:00:00Z"), week.to());
        CollectionIntent.Changed yesterday = (CollectionIntent.Changed) parser.parse("昨天修改的文件有哪些").get();
        assertEquals(Instant.parse("2026-11-18T00:00:00Z"), yesterday.from());
        CollectionIntent.Changed days = (CollectionIntent.Changed) parser.parse(
                "show me documents modified in the last 3 days").get();
        assertEquals(Instant.parse("2026-11-16T00:00:00Z"), days.from());
    }

    @Test
    void counts() {
        assertEquals(new CollectionIntent.Count("invoices", 2024), parser.parse("How many invoices from 2024?").get());
        assertEquals(new CollectionIntent.Count("发票", 2024), parser.parse("2024年有多少张发票？").get());
    }

    @Test
    void summaries() {
        assertEquals(new CollectionIntent.Summarize("report.pdf"), parser.parse("Summarize report.pdf").get());
        assertEquals(new CollectionIntent.Summarize("季度报告"), parser.parse("总结一下《季度报告》").get());
    }

    @Test
    void ordinaryQuestionsAreNotCollectionQuestions() {
        for (String q : new String[] {"How many connections can PostgreSQL handle by default?",
                "想调 PostgreSQL 的 commit_delay，起始值设成多少比较合适？", "What is the default of work_mem?",
                "PostgreSQL 里的表名最长可以有多少字节？"}) {
            Optional<CollectionIntent> intent = parser.parse(q);
            assertTrue(intent.isEmpty(), q + " → " + intent);
        }
    }
}
