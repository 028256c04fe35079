package dev.zhiku.rag.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.rag.Language;
import dev.zhiku.rag.TestPassages;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.SentenceSelector;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AskedFactTest {

    private static Optional<String> missing(String question, String... passages) {
        List<dev.zhiku.core.Hit> hits = new java.util.ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            hits.add(TestPassages.hit("/docs/p" + i + ".txt", 0, passages[i], 1.0 - i * 0.1));
        }
        List<EvidenceSentence> ranked = SentenceSelector.rank(question, hits, 8);
        return AskedFact.missing(question, ranked, Language.of(question));
    }

    /** The answer is refused, and the reason names each of the words. */
    private static void assertRefusedNaming(Optional<String> refused, String why, String... named) {
        assertTrue(refused.isPresent(), why);
        for (String word : named) {
            assertTrue(refused.get().contains(word), refused.get());
        }
    }

    @Test
    void aPriceAskedOfANoticeThatStatesNoneIsRefusedWithWhatIsMissing() {
        String notice = "技术部将于 10 月 17 日下午在 702 会议室举办内部培训，主讲人为刘洋。请于 10 月 15 日前在内网报名，名额 30 人。";
        Optional<String> refused = missing("内部培训每人的报名费是多少？", notice);
        assertTrue(refused.isPresent());
        assertTrue(refused.get().contains("金额"), refused.get());

        Optional<String> answered = missing("内部培训每人的报名费是多少？", notice + "报名费为每人 200 元，由部门承担。");
        assertTrue(answered.isEmpty(), answered.toString());
    }

    @Test
    void aPriceInAPassageAboutSomethingElseIsNoAnswer() {
        Optional<String> refused = missing("What is the hourly rate for the database training?",
                "The database training is held in room 702 on Thursday; Liu Yang gives it.",
                "Invoice for server hardware: USD 86,400 for three machines.");
        assertTrue(refused.isPresent(), "a price of hardware does not answer the price of a training");
    }

    @Test
    void yearsColoursVersionsAndOrderNumbersAreKinds() {
        assertTrue(missing("In which year was the poet born?", "The poet wrote about rivers and snow.").isPresent());
        assertTrue(missing("In which year was the poet born?", "The poet was born in 773 and wrote about snow.")
                .isEmpty());
        assertTrue(missing("diff --color 默认用什么颜色显示新增的行？", "diff --color 对输出着色，新增的行显示为绿色。")
                .isEmpty());
        assertTrue(missing("diff --color 默认用什么颜色显示新增的行？", "diff --color 对输出着色，可以用 --palette 调整。")
                .isPresent());
        assertTrue(missing("Since which version does find have -maxdepth?", "The -maxdepth option limits the depth.")
                .isPresent());
        assertTrue(missing("Debian 是从哪个版本开始改用 systemd 的？", "在 Debian 8 jessie 以后，systemd 成为默认的 init。")
                .isEmpty());
        assertTrue(missing("那三台服务器的采购订单号是多少？", "三台服务器的报价：型号 HX-R740，单价 86,400 元。").isPresent());
        assertTrue(missing("那三台服务器的采购订单号是多少？", "三台服务器的采购订单号为 PO-2024-0913。").isEmpty());
    }

    @Test
    void aSizeIsAKind() {
        assertTrue(missing("What is the maximum size a table can reach?",
                "The default is 0.2 (20% of table size). autovacuum_freeze_max_age sets when a table is vacuumed.")
                .isPresent(), "a percentage of a table's size is no size limit");
        assertTrue(missing("What is the maximum size a table can reach?",
                "A table can be at most 32 TB; its size limit comes from the block size.").isEmpty());
        assertTrue(missing("Is there a limit on how big a NOTIFY payload can be?",
                "The payload must be shorter than 8000 bytes in the default configuration.").isEmpty());
        assertTrue(missing("dmesg 默认用多大的缓冲区？", "dmesg 默认的缓冲区大小是 16392。").isEmpty());
        assertTrue(missing("dmesg 默认用多大的缓冲区？", "dmesg 读取内核环形缓冲区，可以用 -s 指定缓冲区。").isPresent());
    }

    @Test
    void aYearMustBeStatedWhereTheAskedSubjectIs() {
        String poems = "《长干行》 作者：李白 妾发初覆额，折花门前剧。《关山月》 作者：李白 明月出天山，苍茫云海间。";
        String manual = "W 以星期一当作每周起始，一年当中的星期 (00..53)。%s 从 1970 年 1 月 1 日以来的秒数。";
        assertRefusedNaming(missing("李白是哪一年出生的？", poems, manual),
                "the manual's 1970 is not the poet's year of birth", "年份");
        assertTrue(missing("李白是哪一年出生的？", poems + "李白出生于 701 年，字太白。", manual).isEmpty());
        assertTrue(missing("In which year was Li Bai born?", "Li Bai wrote about the moon over the mountains.",
                "The epoch counts seconds in a year since 1970.").isPresent());
        assertTrue(missing("In which year was Li Bai born?", "Li Bai was born in 701 and wrote about the moon.",
                "The epoch counts seconds in a year since 1970.").isEmpty());
        assertTrue(missing("李白是哪一年出生的？", "Li Bai (李白) was born in 701 in Suyab.").isEmpty(),
                "a sentence of the other language keeps the bearing its coverage gives it");
    }

    @Test
    void aYearAskedOfANamedPersonMustBeInAPassageNamingThem() {
        String otherPoet = "作者:文天祥（１２３６－１２８２） 人生自古谁无死，留取丹心照汗青。";
        String liBai = "《关山月》 作者：李白 明月出天山，苍茫云海间。长风几万里，吹度玉门关。";
        assertTrue(missing("When was the Tang poet Li Bai born, and in which year did he die?", otherPoet, liBai)
                .isPresent(), "another poet's dates are not Li Bai's");
        assertTrue(missing("When was the Tang poet Li Bai born, and in which year did he die?",
                liBai + "李白生于 701 年，卒于 762 年。", otherPoet).isEmpty(), "the dictionary writes Li Bai as 李白");
        assertTrue(missing("In which year did Debian switch to systemd?", "Debian 8 made systemd the default init in 2015.")
                .isEmpty());
        assertTrue(missing("In which year did Debian switch to systemd?",
                "Ubuntu 15.04 made systemd the default init in 2015.").isPresent());
    }

    @Test
    void aQuestionLimitedToAMonthNeedsPassagesOfThatMonth() {
        String august = "Here is the summary for invoice BP-117, which covers the August tuning engagement: 42 hours.";
        Optional<String> refused = missing("How many hours did the September tuning engagement take?", august);
        assertTrue(refused.isPresent());
        assertTrue(refused.get().contains("September"), refused.get());
        assertTrue(missing("How many hours did the August tuning engagement take?", august).isEmpty());
        assertTrue(missing("How many hours did the September tuning engagement take?", august,
                "The September newsletter is out.").isPresent(), "a month in an unrelated passage does not count");
        assertTrue(missing("九月的调优工作用了多少小时？", "8 月的调优工作共计 42 小时。").isPresent());
        assertTrue(missing("8月的调优工作用了多少小时？", "调优工作在八月进行，共计 42 小时。").isEmpty());
    }

    @Test
    void aWholeDateIsAValueTheQuestionGivesNotALimit() {
        String find = "-newermt compares the modification time with a date given on the command line.";
        assertTrue(missing("想找出 2024 年 3 月 1 日以后修改过的文件，find 能直接写日期吗？", find).isEmpty());
        assertTrue(missing("How do I find files changed since March 1, 2024 with find?", find).isEmpty());
    }

    @Test
    void aVersionAskedOfAnOptionMustBeStatedWhereTheOptionIs() {
        String other = "HISTORY The -older syntax was removed in rakeutils 2.4.1, in favour of -before. "
                + "The default of -walk will not change in the 3.1.x release series.";
        String option = "-depthcap levels Descend at most levels below the starting points.";
        assertTrue(missing("In which rakeutils release was the -depthcap option of rake introduced?", option, other)
                .isPresent(), "a version of another option on the same page is not the asked option's");
        assertTrue(missing("In which rakeutils release was the -depthcap option of rake introduced?",
                "-depthcap levels (since rakeutils 2.2.0) Descend at most levels below the starting points.", other)
                .isEmpty());
        assertTrue(missing("rake 的 -depthcap 选项是从哪个版本开始有的？", "-depthcap 层数：最多下降到起点以下的层数。", other)
                .isPresent());
        assertTrue(missing("rake 的 -depthcap 选项是从哪个版本开始有的？", "-depthcap 层数：从 2.2.0 版本开始提供，最多下降若干层。",
                other).isEmpty());
    }

    @Test
    void aVersionIsAskedWithAWordBetween() {
        assertTrue(dev.zhiku.rag.evidence.FactKind.VERSION.isAskedIn("In which rakeutils release was -x added?"));
        assertTrue(dev.zhiku.rag.evidence.FactKind.VERSION.isAskedIn("What kernel version supports exFAT?"));
        assertFalse(dev.zhiku.rag.evidence.FactKind.VERSION.isAskedIn("What do the release notes say?"));
        assertFalse(dev.zhiku.rag.evidence.FactKind.VERSION.isAskedIn("What is the release procedure?"));
    }

    @Test
    void anAskedLimitMustBeStated() {
        String how = "To set up a quota for new users, configure a template user with edquota and name it in the "
                + "QUOTAUSER variable of adduser.conf. The soft limit may be exceeded for a grace period.";
        Optional<String> refused = missing("What soft limit does the system give a new user's disk quota by default?",
                how);
        assertTrue(refused.isPresent(), "how to set a limit is not the limit");
        assertTrue(refused.get().contains("a limit"), refused.get());
        assertTrue(missing("What soft limit does the system give a new user's disk quota by default?",
                how + " New users get a soft limit of 500 MB by default.").isEmpty());
        assertTrue(missing("新用户磁盘配额的软上限是多少？", "新用户的配额从模板用户复制，软上限为 500 MB。").isEmpty());
        assertTrue(missing("新用户磁盘配额的软上限是多少？", "新用户的配额从模板用户复制。").isPresent());
    }

    @Test
    void anAbilityMustBeSaidOfTheNamedTool() {
        String options = "ferry copies files between hosts on a network. -4 Forces ferry to use IPv4 addresses only. "
                + "-q Quiet mode: ferry prints no progress meter.";
        String elsewhere = "If the copy fails you have to start over from the last base backup.";
        Optional<String> refused = missing("Our ferry copy broke off halfway. Can ferry carry on from where it "
                + "stopped instead of starting over?", options, elsewhere);
        assertTrue(refused.isPresent(), "other options of the tool, and the words elsewhere, do not say it can");
        assertTrue(refused.get().contains("ferry") && refused.get().contains("carry on"), refused.get());
        assertTrue(missing("Can ferry carry on from where it stopped instead of starting over?",
                options + " -C Carry on an interrupted copy from where it stopped.").isEmpty());
        assertTrue(missing("Can ferry limit the bandwidth it uses?",
                options + " -l limit Limits the used bandwidth, in Kbit/s.").isEmpty());
        assertTrue(missing("Can I copy files between hosts without a password?", options).isEmpty(),
                "a question whose subject is the asker names no tool");
    }

    @Test
    void anAbilityAskedOfANamedToolThatNoQuotedPassageNamesIsRefused() {
        String elsewhere = "If the copy fails you have to start over from the last base backup. COPY stops at the "
                + "first error, and the rows copied before it stay in the table.";
        Optional<String> refused = missing("Our fcp copy of a backup broke off halfway. Can fcp carry on from "
                + "where it stopped instead of starting over?", elsewhere);
        assertTrue(refused.isPresent(), "the passages found are about copying, not about fcp");
        assertTrue(refused.get().contains("fcp"), refused.get());
        assertTrue(missing("Can backups carry on from where they stopped instead of starting over?", elsewhere)
                .isEmpty(), "an everyday word as the subject is no name to look for");
    }

    /**
     * The other ways a question asks what a named tool does: "which X option sets …", "how do I make X …", "does X
     * support …", "X 支持…吗". Words most of the tool's passages share ("user", "new") say nothing of the asked
     * thing; a Chinese sentence about the tool holding a translation of the asked word keeps the answer.
     */
    @Test
    void anOptionForAPurposeMustBeSaidOfTheNamedTool() {
        String a = "addacct creates a new user account. -m Create the new user's home directory if it does not exist.";
        String b = "-s SHELL The name of the new user's login shell. addacct writes the new user to the user database.";
        String c = "-e DATE The date on which the new user account will be disabled. addacct prints nothing on success.";
        Optional<String> refused = missing("Which addacct option sets the colour theme of the new user's desktop?",
                a, b, c);
        assertTrue(refused.isPresent(), "shared words of the tool's own vocabulary do not answer");
        assertTrue(refused.get().contains("addacct") && refused.get().contains("colour theme"), refused.get());
        assertTrue(missing("Which addacct option sets the login shell of the new user?", a, b, c).isEmpty());
        assertTrue(missing("How do I make addacct e-mail the new user a welcome note?", a, b, c).isPresent());
        assertTrue(missing("How do I make addacct create the home directory?", a, b, c).isEmpty());
        assertTrue(missing("Does addacct support disabling the account on a given date?", a, b, c).isEmpty());
        assertTrue(missing("How do I make addacct e-mail the new user a welcome note?", a, b, c,
                "addacct 可以在创建账户后给新用户发送欢迎邮件。").isEmpty(),
                "a Chinese sentence about the tool with the asked word's translation (邮件) may say it");
        assertTrue(missing("addacct 支持同步到云端吗？", "addacct 创建新的用户账户。-m 如果主目录不存在则创建它。")
                .isPresent());
        // one common word in translation (任务 of 计划任务, for "job") is in any Chinese page on the tool: it does not
        // say the asked thing; two of the asked words do
        String english = "fcron runs commands at the times given in its table.";
        assertTrue(missing("Can fcron send the output of a job to a Slack channel?", english,
                "fcron 按时间表运行计划任务。").isPresent());
        assertTrue(missing("Can fcron send the output of a job to a Slack channel?", english,
                "fcron 可以把任务的输出发送到 Slack 频道。").isEmpty());
    }

    /** The tool's own page, when one was found, is where its abilities are said, not another page mentioning it. */
    @Test
    void anAbilityIsLookedForOnTheToolsOwnPage() {
        List<dev.zhiku.core.Hit> hits = List.of(
                TestPassages.hit("/docs/addacct.8.html", 0, "addacct sets the password of an account. "
                        + "-d Delete the password of the account.", 1.0),
                TestPassages.hit("/docs/addacct.8.html", 1, "addacct asks for the old password first. "
                        + "-e Expire the password of the account at once.", 0.9),
                TestPassages.hit("/docs/mkusers.8.txt", 0, "mkusers reads a file written like addacct's input; "
                        + "each line may name a new user or an existing user.", 0.8));
        String question = "How do I make addacct e-mail the new password to the user after changing it?";
        Optional<String> refused = AskedFact.missing(question, SentenceSelector.rank(question, hits, 8),
                Language.EN);
        assertTrue(refused.isPresent(), "\"new\" in mkusers' page says nothing of what addacct can do");
        assertTrue(missing(question, "addacct sets the password of an account.",
                "mkusers reads a file written like addacct's input; each line may name a new user.").isEmpty(),
                "with no page of its own, what mentions the tool is all there is");
    }

    @Test
    void anAbilityMustBeSaidOfTheNamedToolInChinese() {
        String options = "ferry 在网络上的主机之间复制文件。-4 强制 ferry 只使用 IPv4 地址。-q 安静模式：ferry 不显示进度条。";
        Optional<String> refused = missing("ferry 复制到一半断了，ferry 能不能断点续传？", options);
        assertTrue(refused.isPresent());
        assertTrue(refused.get().contains("ferry") && refused.get().contains("断点续传"), refused.get());
        assertTrue(missing("ferry 能不能断点续传？", options + "-C 断点续传：从中断的地方继续复制。").isEmpty());
        assertTrue(missing("ferry 能不能断点续传？", options,
                "-C Resumes an interrupted copy from where it stopped; ferry keeps a partial file.").isEmpty(),
                "a sentence in the other language may say it in other words");
    }

    /**
     * A Chinese question about a tool whose page is English: the asked words are looked for in translation, and
     * a clause of two or more of them (同步 "sync", 云端 "cloud") that no English sentence about the tool has is
     * refused; one word alone, or words the dictionary lacks, are too little to tell.
     */
    @Test
    void anAbilityAskedInChineseOfAnEnglishPageIsLookedForInTranslation() {
        String options = "ferry copies files between hosts on a network. -4 Forces ferry to use IPv4 addresses only.";
        String more = "-C Resumes an interrupted copy from where it stopped. -n N Splits the copy into N parts.";
        assertRefusedNaming(missing("ferry 支持同步到云端吗？", options, more), "neither sync nor cloud is said of ferry",
                "ferry", "同步到云端");
        assertTrue(missing("ferry 支持同步到云端吗？", options, more,
                "-s Keeps the copy ferry makes in sync with the cloud bucket given.").isEmpty());
        assertTrue(missing("ferry 能不能按份数切？", options, more).isEmpty(),
                "份数 is not in the dictionary: nothing to look for");
        assertTrue(missing("ferry 能不能直接显示进度？", options, more).isPresent(), "直接, 显示 and 进度: none is said");
        assertTrue(missing("ferry 能不能直接显示进度？", options, more, "-q Quiet mode: ferry prints no progress meter.")
                .isEmpty(), "one of them, progress, is said of ferry");
    }

    @Test
    void aQuestionThatNamesNoKindIsNeverRefusedHere() {
        assertTrue(missing("How do I stop the server?", "Nothing here is related.").isEmpty());
        assertTrue(missing("怎样停止服务器？", "这里没有相关内容。").isEmpty());
    }

    @Test
    void monthsAreReadInBothLanguages() {
        assertEquals(Set.of(9), AskedFact.months("the Sept. meeting"));
        assertEquals(Set.of(3, 10), AskedFact.months("March and 10 月"));
        assertEquals(Set.of(11), AskedFact.months("十一月"));
        assertFalse(AskedFact.months("3 个月").contains(3));
    }
}
