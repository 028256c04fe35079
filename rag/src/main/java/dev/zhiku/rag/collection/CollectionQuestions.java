package dev.zhiku.rag.collection;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises questions about the whole collection in English and Chinese: which documents mention something,
 * which files changed in a period, how many documents of a kind (in a year), and summarising a document.
 */
public final class CollectionQuestions {

    private static final Pattern MENTIONS_EN = Pattern.compile(
            "(?i)^\\s*(?:which|what)\\s+(?:documents|files|docs)\\s+(?:mention|talk about|contain|refer to|discuss)\\s+"
                    + "[\"“']?(.+?)[\"”']?\\s*\\??$");
    private static final Pattern MENTIONS_ZH = Pattern.compile(
            "^\\s*(?:有)?哪些(?:文档|文件|资料)(?:里|中)?(?:提到|提及|包含|涉及|说到)了?[“\"]?(.+?)[”\"]?\\s*[？?]?$");
    /** Kinds of documents one counts; "how many connections…" is a question for the documents, not about them. */
    private static final String KINDS_EN = "(?:\\w+\\s+)?(?:documents|files|invoices|contracts|receipts|reports|"
            + "e-?mails|mails|messages|letters|papers|slides|presentations|spreadsheets|pdfs|notes|quotes|quotations)";
    private static final String KINDS_ZH = "(?:\\S{0,6}?)(?:文件|文档|发票|合同|收据|报告|邮件|信件|论文|幻灯片|表格|报价单?|笔记)";
    private static final Pattern COUNT_EN = Pattern.compile(
            "(?i)^\\s*how many\\s+(" + KINDS_EN + ")(?:\\s+(?:are there|do i have|have i got|did i get))?"
                    + "(?:\\s+(?:from|in|of|dated)\\s+(\\d{4}))?\\s*\\??$");
    private static final Pattern COUNT_ZH = Pattern.compile(
            "^\\s*(?:(\\d{4})\\s*年?(?:的)?)?(?:一共)?有?多少(?:份|个|张|篇|封)?(" + KINDS_ZH + ")\\s*[？?]?$");
    private static final Pattern SUMMARIZE_EN = Pattern.compile(
            "(?i)^\\s*(?:please\\s+)?(?:summari[sz]e|give me a summary of)\\s+(?:the\\s+)?(?:document|file)?\\s*"
                    + "[\"“']?(.+?)[\"”']?\\s*[.?]?$");
    private static final Pattern SUMMARIZE_ZH = Pattern.compile(
            "^\\s*(?:请)?(?:总结|概括|摘要)(?:一下)?(?:文档|文件)?[“\"《]?(.+?)[”\"》]?(?:的内容)?\\s*[。？?]?$");
    private static final Pattern CHANGED_EN = Pattern.compile(
            "(?i)(?:files|documents|docs)\\s+(?:i\\s+)?(?:changed|modified|edited|updated)\\s+(today|yesterday|"
                    + "this week|last week|this month|last month|in the last (\\d+) days)");
    private static final Pattern CHANGED_ZH = Pattern.compile(
            "(今天|昨天|本周|这周|上周|本月|这个月|上个月|最近(\\d+)天)(?:我)?(?:修改|改动|编辑|更新)(?:过)?的(?:文件|文档)");

    private final Clock clock;

    public CollectionQuestions(Clock clock) {
        this.clock = clock;
    }

    public Optional<CollectionIntent> parse(String question) {
        String q = question.strip();
        Matcher m;
        if ((m = CHANGED_EN.matcher(q)).find() || (m = CHANGED_ZH.matcher(q)).find()) {
            return Optional.of(changed(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2)));
        }
        if ((m = MENTIONS_EN.matcher(q)).matches() || (m = MENTIONS_ZH.matcher(q)).matches()) {
            return Optional.of(new CollectionIntent.Mentions(m.group(1).strip()));
        }
        if ((m = SUMMARIZE_EN.matcher(q)).matches() || (m = SUMMARIZE_ZH.matcher(q)).matches()) {
            return Optional.of(new CollectionIntent.Summarize(m.group(1).strip()));
        }
        if ((m = COUNT_EN.matcher(q)).matches()) {
            return Optional.of(new CollectionIntent.Count(m.group(1).strip(), year(m.group(2))));
        }
        if ((m = COUNT_ZH.matcher(q)).matches() && !m.group(2).isBlank()) {
            return Optional.of(new CollectionIntent.Count(m.group(2).strip(), year(m.group(1))));
        }
        return Optional.empty();
    }

    private CollectionIntent changed(String period, String days) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate from;
        LocalDate to = today.plusDays(1);
        switch (period) {
            case "today", "今天" -> from = today;
            case "yesterday", "昨天" -> {
                from = today.minusDays(1);
                to = today;
            }
            case "this week", "本周", "这周" -> from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "last week", "上周" -> {
                to = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                from = to.minusWeeks(1);
            }
            case "this month", "本月", "这个月" -> from = today.withDayOfMonth(1);
            case "last month", "上个月" -> {
                to = today.withDayOfMonth(1);
                from = to.minusMonths(1);
            }
            default -> from = today.minusDays(days == null ? 7 : Integer.parseInt(days));
        }
        return new CollectionIntent.Changed(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
    }

    private static int year(String y) {
        return y == null ? 0 : Integer.parseInt(y);
    }
}
