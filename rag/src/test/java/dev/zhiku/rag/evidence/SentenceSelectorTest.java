package dev.zhiku.rag.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Hit;
import dev.zhiku.core.text.SentenceSplitter;
import dev.zhiku.rag.TestPassages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSelectorTest {

    @Test
    void theSentenceWithTheRareQuestionWordsWinsWithExactOffsets() {
        String text = "PostgreSQL has many settings. The default checkpoint_timeout is five minutes. "
                + "Settings are read at start.";
        List<EvidenceSentence> ranked = SentenceSelector.rank("What is the default checkpoint_timeout?",
                List.of(TestPassages.hit("/docs/wal.html", 0, text, 1.0, 500)), 8);
        EvidenceSentence best = ranked.getFirst();
        assertEquals("The default checkpoint_timeout is five minutes.", best.text());
        assertEquals(text.substring(best.start() - 500, best.end() - 500), best.text());
    }

    /** A question of several sentences asks in the one with the question mark; the others give its context. */
    @Test
    void theSentenceThatAsksCountsMoreThanItsContext() {
        String text = "The ident method obtains the client's operating system user name from an ident server. "
                + "Almost every system ships an ident server that listens on TCP port 113.";
        List<EvidenceSentence> ranked = SentenceSelector.rank("Ident asks the client machine which operating system"
                + " user opened the connection. On which TCP port does an ident server listen?",
                List.of(TestPassages.hit("/docs/auth-ident.html", 0, text, 1.0)), 8);
        assertTrue(ranked.getFirst().text().contains("113"), ranked.toString());
        assertEquals(ranked.getFirst().text(), SentenceSelector.rank("On which TCP port does an ident server listen?",
                List.of(TestPassages.hit("/docs/auth-ident.html", 0, text, 1.0)), 8).getFirst().text());
    }

    /**
     * The tool a question's context names is what it asks about ("that status" is pg_isready's): an identifier
     * there keeps its weight, the context's other words count half.
     */
    @Test
    void anIdentifierInTheContextKeepsItsWeight() {
        Map<String, Double> weights = new HashMap<>(Map.of("pg_isready", 1.0, "ipv6", 0.8, "monitoring", 1.0,
                "mean", 1.0));
        SentenceSelector.contextLess("Our monitoring calls pg_isready over IPv6. What does that status mean?",
                weights);
        assertEquals(Map.of("pg_isready", 1.0, "ipv6", 0.8, "monitoring", 0.5, "mean", 1.0), weights);
    }

    /**
     * A question on a tool named by a word of no everyday English (pwck) that a file found is named after: another
     * tool's page that never names it is about something else, however many of the question's words it has.
     */
    @Test
    void aSentenceAboutAnotherToolThanTheNamedOneCountsLess() {
        String other = "Failures to update the password files are reported by adduser, but do not stop the other "
                + "updates.";
        String own = "-r, --read-only Execute the pwck command in read-only mode. -s, --sort Sort entries by UID.";
        String question = "I want pwck to only report problems with the password files and never change anything. "
                + "Which option?";
        List<EvidenceSentence> ranked = SentenceSelector.rank(question, List.of(
                TestPassages.hit("/docs/adduser.8.txt", 0, other, 1.0),
                TestPassages.hit("/docs/pwck.8.html", 0, own, 0.9)), 8);
        assertTrue(ranked.getFirst().text().contains("read-only"), ranked.toString());
        assertEquals(java.util.Set.of("pwck"), SentenceSelector.toolNames(SentenceSelector.questionTerms(question),
                List.of(TestPassages.hit("/docs/adduser.8.txt", 0, other, 1.0),
                        TestPassages.hit("/docs/pwck.8.html", 0, own, 0.9))));
        assertTrue(SentenceSelector.toolNames(SentenceSelector.questionTerms("How does split cut a file?"),
                List.of(TestPassages.hit("/docs/split.1.html", 0, "split - split a file into pieces", 1.0)))
                .isEmpty(), "an everyday word is no tool's name to go by");
    }

    /**
     * chage's page names pwck once; its other sentences are still about chage, and their meaning, close to the
     * question's, must not outweigh pwck's own option (decision 0087).
     */
    @Test
    void aSentenceAboutAnotherToolCountsLessInMeaningTooEvenWhereItsPassageNamesTheAskedTool() {
        String chage = "The chage program will also not report any inconsistency between the shadow and passwd files. "
                + "The pwck program can be used to check for this kind of inconsistencies.";
        String pwck = "-q, --quiet\n\nReport errors only.\n\n-r, --read-only\n\nExecute the pwck command in read-only "
                + "mode.";
        String question = "I want pwck to only report problems with the password files and never change anything. "
                + "Which option?";
        java.util.Map<String, Double> meaning = java.util.Map.of(
                "The chage program will also not report any inconsistency between the shadow and passwd files.", 0.72,
                "-r, --read-only\n\nExecute the pwck command in read-only mode.", 0.60);
        List<EvidenceSentence> ranked = SentenceSelector.rank(question, List.of(
                TestPassages.hit("/docs/chage.1.html", 0, chage, 1.0),
                TestPassages.hit("/docs/pwck.8.html", 0, pwck, 0.9)), 8,
                (q, texts) -> texts.stream().mapToDouble(t -> meaning.getOrDefault(t, 0.5)).toArray());
        assertTrue(ranked.getFirst().text().contains("pwck"), ranked.toString());
        assertTrue(ranked.stream().filter(s -> s.text().startsWith("The chage program")).findFirst().orElseThrow()
                .score() < ranked.stream().filter(s -> s.text().startsWith("-r, --read-only")).findFirst()
                .orElseThrow().score(), ranked.toString());
    }

    /** 哪个 and 可以 of "用哪个选项可以…" are the asker's wording: a line that says them is no closer to the topic. */
    @Test
    void chineseQuestionWordsAreNotMatched() {
        String question = "groupmems 用哪个选项可以列出组里的成员？";
        List<EvidenceSentence> ranked = rankOne(question, "/docs/groupmems.8.txt",
                "-g, --group group_name 超级用户可以指定修改哪个组的组成员列表。\n-l, --list 列出组成员。");
        assertTrue(ranked.getFirst().text().contains("--list"), ranked.toString());
        List<EvidenceSentence> only = rankOne(question, "/docs/groupmod.8.txt", "超级用户可以指定修改哪个组。");
        assertEquals(0.0, only.getFirst().coverage(), "哪个 and 可以 are all it shares: " + only);
    }

    private static List<EvidenceSentence> rankOne(String question, String path, String text) {
        return SentenceSelector.rank(question, List.of(TestPassages.hit(path, 0, text, 1.0)), 8);
    }

    @Test
    void chineseSentencesAreMatchedByBigrams() {
        String text = "系统启动时会读取配置。要查看内核消息，可以使用 dmesg 命令。日志保存在 /var/log 目录。";
        List<EvidenceSentence> ranked = SentenceSelector.rank("怎样查看内核消息？",
                List.of(TestPassages.hit("/docs/ch03.pdf", 2, text, 1.0)), 8);
        assertTrue(ranked.getFirst().text().contains("dmesg"), ranked.toString());
    }

    /**
     * A question asked in Chinese about a page whose Chinese translation lacks the asked option: the English
     * original's line is scored by the question's words in English, and the line that holds them outranks the
     * original's other lines.
     */
    @Test
    void anEnglishSentenceIsScoredByTheChineseQuestionsWordsInEnglish() {
        String zh = "-i, --ignore-case 忽略大小写的区别。\n-w, --ignore-all-space 忽略所有空白。";
        String en = "-i, --ignore-case\nignore case differences in file contents\n"
                + "--strip-trailing-cr\nstrip trailing carriage return on input\n"
                + "-w, --ignore-all-space\nignore all white space";
        String q = "diff 有没有先去掉行尾回车符再比较的选项？";
        List<EvidenceSentence> ranked = SentenceSelector.rank(q,
                List.of(TestPassages.hit("/docs/diff.1.txt", 0, zh, 1.0),
                        TestPassages.hit("/docs/diff.1.html", 1, en, 0.8)), 8);
        List<String> english = ranked.stream().map(EvidenceSentence::text).filter(t -> !t.matches("(?s).*\\p{IsHan}.*"))
                .toList();
        assertTrue(english.getFirst().contains("carriage return"), english.toString());
        EvidenceSentence strip = ranked.stream().filter(e -> e.text().contains("carriage")).findFirst().orElseThrow();
        EvidenceSentence space = ranked.stream().filter(e -> e.text().contains("white space")).findFirst().orElseThrow();
        assertTrue(strip.score() > space.score(), ranked.toString());
    }

    /**
     * A Chinese question about an English page: the line with two of its words in English (行尾 "trailing", 回车
     * "carriage return") is quoted before a better-ranked passage's line with one ("exclude" for 去掉), decision 0083.
     */
    @Test
    void twoTranslatedWordsOutweighABetterRankedPassageWithOne() {
        String q = "diff 有没有先去掉行尾回车符再比较的选项？";
        List<EvidenceSentence> ranked = SentenceSelector.rank(q,
                List.of(TestPassages.hit("/docs/diff.1.html", 0, "-x, --exclude=PAT\nexclude files that match PAT", 1.0),
                        TestPassages.hit("/docs/diff.1.html", 1,
                                "--strip-trailing-cr\nstrip trailing carriage return on input", 0.9)), 8);
        assertTrue(ranked.getFirst().text().contains("carriage return"), ranked.toString());
    }

    /**
     * A question for a default that names umask: fdisk's "it defaults to auto" is a default of something else, and its
     * passage, which never says umask, earns no bonus for stating one (decision 0083).
     */
    @Test
    void aDefaultIsTheAskedOneOnlyInAPassageThatNamesWhatIsAsked() {
        String q = "我们几个人共用一个组，想让新建的文件默认同组的人也能写，umask 应该设成多少？";
        List<EvidenceSentence> ranked = SentenceSelector.rank(q,
                List.of(TestPassages.hit("/docs/ch01.zh-cn.html", 0,
                                "把 umask 设成 002，新建的文件同组的人也能写。", 1.0),
                        TestPassages.hit("/docs/fdisk.8.html", 1, "-L, --color[=when]\nColorize the output. If the "
                                + "when argument is omitted, it defaults to auto.", 0.9)), 8);
        assertTrue(ranked.getFirst().text().contains("umask"), ranked.toString());
    }

    @Test
    void meaningFindsTheSentenceThatSharesNoWordWithTheQuestion() {
        String text = "The server can be stopped in three ways. Fast is the default. Smart waits for every client.";
        String q = "Which mode is used when I choose none?";
        java.util.Map<String, Double> meaning = java.util.Map.of("Fast is the default.", 0.9);
        List<EvidenceSentence> ranked = SentenceSelector.rank(q,
                List.of(TestPassages.hit("/docs/pg_ctl.html", 0, text, 1.0)), 8,
                (question, texts) -> texts.stream().mapToDouble(t -> meaning.getOrDefault(t, 0.2)).toArray());
        assertEquals("Fast is the default.", ranked.getFirst().text());

        List<EvidenceSentence> byWords = SentenceSelector.rank(q,
                List.of(TestPassages.hit("/docs/pg_ctl.html", 0, text, 1.0)), 8);
        assertTrue(!byWords.getFirst().text().equals("Fast is the default.")
                || byWords.getFirst().score() < ranked.getFirst().score(), byWords.toString());
    }

    @Test
    void aPassageInAnotherLanguageIsJudgedByMeaningAndOnlyAFewSentencesAreEmbedded() {
        StringBuilder english = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            english.append("Filler sentence number ").append(i).append(" about the weather. ");
        }
        String chinese = "江头落日照平沙，潮退渔船阁岸斜。孤舟蓑笠翁，独钓寒江雪。白鸟一双临水立，见人惊起入芦花。";
        java.util.List<Integer> embedded = new java.util.ArrayList<>();
        List<EvidenceSentence> ranked = SentenceSelector.rank("Which poem tells of a lone fisherman in the snow?",
                List.of(TestPassages.hit("/docs/weather.txt", 0, english.toString(), 1.0),
                        TestPassages.hit("/docs/poems.txt", 0, chinese, 0.5)), 8,
                (question, texts) -> {
                    embedded.add(texts.size());
                    return texts.stream().mapToDouble(t -> t.contains("独钓寒江雪") ? 0.8 : 0.3).toArray();
                });
        assertTrue(ranked.getFirst().text().contains("独钓寒江雪"), ranked.getFirst().text());
        assertEquals(1, embedded.size());
        assertTrue(embedded.getFirst() < 33, "embedded " + embedded.getFirst() + " of 33 sentences");
    }

    @Test
    void withoutEmbeddingsTheWordsAloneRank() {
        String text = "PostgreSQL has many settings. The default checkpoint_timeout is five minutes.";
        List<EvidenceSentence> ranked = SentenceSelector.rank("What is the default checkpoint_timeout?",
                List.of(TestPassages.hit("/docs/wal.html", 0, text, 1.0)), 8, SentenceSelector.Similarity.NONE);
        assertEquals("The default checkpoint_timeout is five minutes.", ranked.getFirst().text());
    }

    @Test
    void anOptionListIsCutIntoOneStatementPerOptionAndManPageHeadingsAreNeverQuoted() {
        String text = "SPLIT(1) User Commands SPLIT(1)\n\nNAME\n\nsplit - split a file into pieces\n\nOPTIONS\n\n"
                + "-p, --pretty\n\nshow uptime in pretty format\n\n-h, --help\n\ndisplay this help text\n\n"
                + "-s, --since\n\nsystem up since, in yyyy-mm-dd HH:MM:SS format";
        List<EvidenceSentence> ranked = SentenceSelector.rank("Which option shows since when the system is up?",
                List.of(TestPassages.hit("/docs/uptime.1.html", 0, text, 1.0, 100)), 8);
        EvidenceSentence best = ranked.getFirst();
        assertEquals("-s, --since\n\nsystem up since, in yyyy-mm-dd HH:MM:SS format", best.text());
        assertEquals(text.substring(best.start() - 100, best.end() - 100), best.text());
        assertTrue(ranked.stream().noneMatch(s -> s.text().contains("SPLIT(1)") || s.text().contains("OPTIONS")
                || s.text().contains("NAME")), ranked.toString());
    }

    @Test
    void theLineThatLeadsIntoAnOptionListIsNeverQuotedNorGluedToItsFirstOption() {
        assertEquals(List.of("-r, --read-only\n\nExecute the pwck command in read-only mode."),
                textsRanked("Which pwck option never changes the files?", "/docs/pwck.8.html",
                        "The options which apply to the pwck command are:\n\n-r, --read-only\n\n"
                                + "Execute the pwck command in read-only mode."));
    }

    /** The statements of one passage, best first. */
    private static List<String> textsRanked(String question, String path, String text) {
        return SentenceSelector.rank(question, List.of(TestPassages.hit(path, 0, text, 1.0, 0)), 8).stream()
                .map(EvidenceSentence::text).toList();
    }

    /** A list whose items end without a full stop is one "sentence" to the splitter; each item is its own. */
    @Test
    void theItemsOfAListAfterItsLeadInAreStatementsOfTheirOwn() {
        String text = "The current limitations of PostgreSQL's text search features are:\n\n"
                + "The length of each lexeme must be less than 2 kilobytes\n\n"
                + "No more than 256 positions per lexeme\n\n"
                + "The number of lexemes must be less than 2^64";
        List<String> ranked = textsRanked("In a tsvector, how many position entries can a single lexeme have at most?",
                "/docs/textsearch-limitations.html", text);
        assertEquals("No more than 256 positions per lexeme", ranked.getFirst());
        assertTrue(ranked.stream().noneMatch(s -> s.contains("limitations")), ranked.toString());
        // a lead-in with one or two items is kept whole: "To see them, run:" says what the command is for
        String twoItems = "To see the files of a package, run:\n\n$ dpkg -L package\n\nas root or as any user.";
        assertEquals(List.of(twoItems), textsRanked("How do I see the files of a package?", "/docs/dpkg.html",
                twoItems));
    }

    /** "How do I change the default …" asks how to change it: a stated default of some other thing is no answer. */
    @Test
    void aQuestionAboutChangingADefaultDoesNotAskForADefault() {
        List<Hit> hits = List.of(TestPassages.hit("/docs/more.1.html", 0, "-n, --lines number\n\nThe number of "
                        + "lines per screenful of a shell window. Defaults to the window height.", 1.0),
                TestPassages.hit("/docs/ch01.html", 0, "Use chsh to change the login shell of a user.", 0.8));
        assertEquals("Use chsh to change the login shell of a user.",
                SentenceSelector.rank("How do I change the default shell of a user?", hits, 8).getFirst().text());
        assertTrue(SentenceSelector.rank("What is the default number of lines per screenful?", hits, 8)
                .getFirst().text().contains("Defaults to the window height"));
    }

    @Test
    void aSentenceThatNamesWhatTheQuestionAsksForIsPreferred() {
        String text = "The server keeps its settings in a file. "
                + "Settings changed with ALTER SYSTEM are kept in postgresql.auto.conf by the server.";
        var hits = List.of(TestPassages.hit("/docs/config.html", 0, text, 1.0));
        double asked = scoreOf(SentenceSelector.rank("Which setting keeps what the server changed?", hits, 8));
        double notAsked = scoreOf(SentenceSelector.rank("Does the server keep what the setting changed?", hits, 8));
        assertTrue(asked > notAsked + 0.05, asked + " vs " + notAsked);
        List<EvidenceSentence> year = SentenceSelector.rank("In which year was the poet born?",
                List.of(TestPassages.hit("/p.txt", 0, "The poet was born in Chang'an, the capital. "
                        + "The poet was born in 773, the eighth year.", 1.0)), 8);
        assertTrue(year.getFirst().text().contains("773"), "the sentence that states a year wins: " + year);
    }

    /**
     * A reference page's title above its one-line summary is no definition term, and its section names
     * ("Synopsis", "Description") part what they stand between: none of them is quoted.
     */
    @Test
    void aPagesTitleAndSectionNamesAreNeverPartOfAQuotedStatement() {
        String text = "pg_dump\n\npg_dump — extract a PostgreSQL database into a script file\n\nSynopsis\n\n"
                + "pg_dump [option...] [dbname]\n\nDescription\n\npg_dump is a utility for backing up a database.";
        Hit page = new Hit(new dev.zhiku.core.Passage("/docs/app-pgdump.html#0", "/docs/app-pgdump.html", "",
                "pg_dump", "", "html", "en", 0, "", "", text, 0, text.length(), java.time.Instant.EPOCH), 1, 1, 0);
        List<String> quoted = SentenceSelector.rank("How do I back up a database into a script file with pg_dump?",
                List.of(page), 8).stream().map(EvidenceSentence::text).toList();
        assertTrue(quoted.contains("pg_dump — extract a PostgreSQL database into a script file"), quoted.toString());
        assertTrue(quoted.contains("pg_dump is a utility for backing up a database."), quoted.toString());
        assertTrue(quoted.stream().noneMatch(q -> q.startsWith("pg_dump\n") || q.contains("Synopsis")
                || q.contains("Description")), quoted.toString());
    }

    /**
     * After a table's caption, each row (one paragraph, decision 0091) is a statement of its own, and so is the
     * whole table; the header row alone is not.
     */
    @Test
    void aTablesRowsAreStatementsAndSoIsTheWholeTable() {
        // the caption as the Debian Reference writes it, with no-break spaces
        String text = "表\u00a09.7.\u00a0记录配置历史的软件包列表\n\n软件包 流行度 大小 说明\n\n"
                + "etckeeper V:27, I:31 164 使用 Git 来保存配置文件和它们的元数据\n\n"
                + "timeshift V:3, I:6 3155 使用 rsync 快照的系统恢复工具\n\n"
                + "snapper V:4, I:5 2233 Linux 文件系统快照管理工具";
        List<String> quoted = SentenceSelector.rank("用什么软件包记录配置文件的改动？",
                List.of(TestPassages.hit("/docs/ch09.html", 0, text, 1.0)), 8).stream()
                .map(EvidenceSentence::text).toList();
        assertTrue(quoted.contains("etckeeper V:27, I:31 164 使用 Git 来保存配置文件和它们的元数据"), quoted.toString());
        assertTrue(quoted.contains("snapper V:4, I:5 2233 Linux 文件系统快照管理工具"), quoted.toString());
        assertTrue(quoted.stream().anyMatch(q -> q.contains("etckeeper") && q.contains("snapper")), quoted.toString());
        assertFalse(quoted.contains("软件包 流行度 大小 说明"), quoted.toString());
    }

    /** "Which pg_dumpall option": the word between "which" and "option" names the tool, the question asks for a name. */
    @Test
    void aQuestionNamingTheToolBeforeOptionStillAsksForAnOption() {
        String text = "dumpall copies the roles and tablespaces of a cluster and its databases. "
                + "With --globals-only, dumpall copies the roles and tablespaces of a cluster only.";
        var hits = List.of(TestPassages.hit("/docs/backup.html", 0, text, 1.0));
        assertTrue(SentenceSelector.rank("Which dumpall option copies the roles and tablespaces of a cluster?", hits, 8)
                .getFirst().text().contains("--globals-only"));
        assertFalse(SentenceSelector.rank("What does the dumpall option copy of roles and tablespaces of a cluster?",
                hits, 8).getFirst().text().contains("--globals-only"), "a question on what an option does names it");
    }

    /** "Which file", "哪个文件": the sentence that names a file ("cron.allow") answers, not the one that repeats. */
    @Test
    void aSentenceNamingAFileAnswersAQuestionThatAsksWhichFile() {
        String zh = "系统默认允许所有用户用 crontab 安排定时任务。"
                + "要限制能安排任务的用户，创建 cron.allow 并写入用户名。";
        List<EvidenceSentence> zhRanked = SentenceSelector.rank("想只让少数几个用户能用 crontab 安排定时任务，应该创建哪个文件？",
                List.of(TestPassages.hit("/docs/cron.html", 0, zh, 1.0)), 8);
        assertTrue(zhRanked.getFirst().text().contains("cron.allow"), zhRanked.toString());

        String en = "Every user may schedule commands with crontab. "
                + "Users who may schedule commands are restricted by cron.allow.";
        List<EvidenceSentence> enRanked = SentenceSelector.rank(
                "Which file restricts which users may schedule commands with crontab?",
                List.of(TestPassages.hit("/docs/cron.html", 0, en, 1.0)), 8);
        assertTrue(enRanked.getFirst().text().contains("cron.allow"), enRanked.toString());
    }

    @Test
    void aNameWithADigitAnswersAQuestionThatAsksWhetherThereIsSuchAThing() {
        String text = "An index on the column supports the containment operator and every other operator. "
                + "A path2 index on the column supports only the containment operator and is smaller.";
        var hits = List.of(TestPassages.hit("/docs/index.html", 0, text, 1.0));
        List<EvidenceSentence> ranked = SentenceSelector.rank(
                "Is there an index type that supports the containment operator of the column?", hits, 8);
        assertTrue(ranked.getFirst().text().contains("path2"), ranked.toString());

        String zh = "暴力猜测密码的攻击在互联网上很常见，服务器的登录日志里满是认证失败。"
                + "软件包 ban4ip 读取日志，封禁多次失败的地址。";
        List<EvidenceSentence> zhRanked = SentenceSelector.rank("有没有能封禁暴力猜测密码、认证失败的地址的软件？",
                List.of(TestPassages.hit("/docs/security.html", 0, zh, 1.0)), 8);
        assertTrue(zhRanked.getFirst().text().contains("ban4ip"), zhRanked.toString());
    }

    @Test
    void aConditionIsQuotedWhenTheQuestionAsksWhatIsNeededFirst() {
        String text = "Rebuilding the report table without blocking readers takes longer than a plain rebuild. "
                + "A plain rebuild of the report table blocks readers of the report table until it ends. "
                + "Rebuilding the report table while readers read it is only allowed if the table has a primary key. "
                + "Readers of the report table see the old rows until the rebuild ends.";
        List<EvidenceSentence> ranked = SentenceSelector.rank("What does the report table need before I can rebuild "
                + "it without blocking its readers?", List.of(TestPassages.hit("/docs/report.html", 0, text, 1.0)), 8);
        List<String> top = ranked.subList(0, 2).stream().map(EvidenceSentence::text).toList();
        assertTrue(top.stream().anyMatch(t -> t.contains("only allowed if")), top.toString());

        String zh = "在线重建报表不会阻塞读者，但比普通重建慢。普通重建报表会阻塞报表的读者，直到重建结束。"
                + "只有报表有主键时，才能在读者读取时在线重建报表。重建结束前，报表的读者看到的是旧的行。";
        List<EvidenceSentence> zhRanked = SentenceSelector.rank("在线重建报表、不阻塞读者，报表需要满足什么条件？",
                List.of(TestPassages.hit("/docs/report.zh.html", 0, zh, 1.0)), 8);
        List<String> zhTop = zhRanked.subList(0, 2).stream().map(EvidenceSentence::text).toList();
        assertTrue(zhTop.stream().anyMatch(t -> t.startsWith("只有报表有主键时")), zhTop.toString());
    }

    /** What to do follows the sentence that repeats the question, and shares none of its words: meaning weighs it. */
    @Test
    void theSentenceAfterOneOfTheBestByWordsIsWeighedByMeaningToo() {
        StringBuilder text = new StringBuilder("If ssh suddenly refuses to connect, the host key of the server has "
                + "probably changed. Once you are sure nobody tampered with it, delete its line from known_hosts. ");
        for (int i = 0; i < 10; i++) {
            text.append("Server ").append(i).append(" may refuse to connect when its host key changed. ");
        }
        java.util.List<String> embedded = new java.util.ArrayList<>();
        List<EvidenceSentence> ranked = SentenceSelector.rank(
                "ssh refuses to connect because the host key changed; what should I do?",
                List.of(TestPassages.hit("/docs/ssh.html", 0, text.toString(), 1.0)), 8, (question, texts) -> {
                    embedded.addAll(texts);
                    return texts.stream().mapToDouble(t -> t.contains("known_hosts") ? 0.9 : 0.3).toArray();
                });
        assertTrue(embedded.stream().anyMatch(t -> t.contains("known_hosts")), embedded.toString());
        // after the sentence it follows, before the ten that repeat the question
        assertTrue(ranked.get(1).text().contains("known_hosts"), ranked.toString());
    }

    @Test
    void aSentenceOfTheAskedShapeIsEmbeddedEvenWhenTenOthersRepeatMoreOfTheQuestion() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append("Session ").append(i).append(" waits on a lock. ");
        }
        text.append("The default is two seconds.");
        java.util.List<String> embedded = new java.util.ArrayList<>();
        List<EvidenceSentence> ranked = SentenceSelector.rank(
                "With the default configuration, how long does a session wait on a lock before checking the queue?",
                List.of(TestPassages.hit("/docs/locks.html", 0, text.toString(), 1.0)), 8, (question, texts) -> {
                    embedded.addAll(texts);
                    return texts.stream().mapToDouble(t -> t.startsWith("The default") ? 0.75 : 0.8).toArray();
                });
        assertTrue(embedded.contains("The default is two seconds."), embedded.toString());
        assertTrue(embedded.size() <= 16, "the 8 best by words and at most 8 next ones: " + embedded.size());
        assertTrue(ranked.subList(0, 4).stream().anyMatch(s -> s.text().startsWith("The default")),
                ranked.subList(0, 4).toString());
    }

    @Test
    void aNameOfAnEnglishQuestionMatchesItsChineseSpelling() {
        var hits = List.of(
                TestPassages.hit("/poems.md", 0, "作者：王安石（１０２１－１０８６）爆竹声中一岁除，春风送暖入屠苏。", 1.0),
                TestPassages.hit("/poems.md", 0, "作者：苏轼（１０３６－１１０１）东风未肯入东门，走马还寻去岁春。", 0.9, 400));
        List<EvidenceSentence> ranked = SentenceSelector.rank("What years of birth and death are given for Su Shi?",
                hits, 8);
        assertTrue(ranked.getFirst().text().contains("苏轼"), "Su Shi is 苏轼: " + ranked);
        assertTrue(ranked.getFirst().coverage() > 0, ranked.toString());
    }

    private static double scoreOf(List<EvidenceSentence> ranked) {
        return ranked.stream().filter(s -> s.text().contains("postgresql.auto.conf")).findFirst().orElseThrow()
                .score();
    }

    @Test
    void aChineseSentenceNamingThePersonOfAnEnglishQuestionWinsOverBetterRankedPassages() {
        String other = "作者:王安石（１０２１－１０８６） 春风又绿江南岸，明月何时照我还。";
        String named = "作者:苏轼（１０３６－１１０１） 竹外桃花三两枝，春江水暖鸭先知。";
        List<EvidenceSentence> ranked = SentenceSelector.rank(
                "What years of birth and death does my poetry collection give for Su Shi?",
                List.of(TestPassages.hit("/docs/a.md", 0, other, 1.0), TestPassages.hit("/docs/b.md", 0, other
                        .replace("王安石", "王禹偁"), 0.9), TestPassages.hit("/docs/c.md", 0, named, 0.5)), 8);
        assertTrue(ranked.getFirst().text().contains("苏轼"), ranked.toString());
    }

    @Test
    void aDefaultStatedInTheLeadingPassageIsQuotedWhenTheQuestionAsksForTheDefault() {
        String setting = "lock_wait (integer) This is the amount of time to wait on a lock before checking the queue. "
                + "Checking the queue is expensive, so the server does not check it every time it waits. "
                + "We assume waits are short in practice and wait on the lock before checking the queue. "
                + "Raising this value wastes less time on needless checks of the queue. "
                + "The default is two seconds (2s), which is about the smallest useful value.";
        String elsewhere = "By default, the dump tool waits for every file to be written to disk before it exits.";
        String q = "With the default configuration, how long does a session wait on a lock before checking the queue?";
        List<EvidenceSentence> ranked = SentenceSelector.rank(q, List.of(TestPassages.hit("/docs/locks.html", 0,
                setting, 1.0), TestPassages.hit("/docs/dump.html", 0, elsewhere, 0.9)), 8);
        List<String> top = ranked.subList(0, 4).stream().map(EvidenceSentence::text).toList();
        assertTrue(top.stream().anyMatch(t -> t.startsWith("The default is two seconds")), top.toString());
        assertTrue(top.stream().noneMatch(t -> t.startsWith("By default, the dump tool")), top.toString());

        String zh = "lock_wait 是等待锁的时间。检查队列的代价很高，服务器不会每次都检查队列。调大这个值可以减少检查队列的次数。"
                + "它的默认值为 2 秒，这大约是实际可用的最小值。";
        List<EvidenceSentence> inChinese = SentenceSelector.rank("默认情况下，lock_wait 等待锁多长时间才检查队列？",
                List.of(TestPassages.hit("/docs/locks.txt", 0, zh, 1.0)), 8);
        assertTrue(inChinese.getFirst().text().contains("默认值为 2 秒"), inChinese.toString());
    }

    /**
     * A short description of a definition term is quoted whole: its second sentence ("This is 16392 by default.")
     * alone would not say what it is the default of. A blank line ends the description.
     */
    @Test
    void aShortDescriptionOfATermIsOneStatementUpToItsBlankLine() {
        String text = "-s, --buffer-size size\nUse a buffer of size to query the kernel ring buffer. This is 16392 "
                + "by default.\n\n-T, --ctime\nPrint human-readable timestamps. The time source is not reliable.";
        List<EvidenceSentence> ranked = SentenceSelector.rank("What is the default size of the kernel ring buffer "
                + "that dmesg queries?", List.of(TestPassages.hit("/docs/dmesg.1.html", 0, text, 1.0, 40)), 8);
        EvidenceSentence best = ranked.getFirst();
        assertEquals("-s, --buffer-size size\nUse a buffer of size to query the kernel ring buffer. This is 16392 by "
                + "default.", best.text());
        assertEquals(text.substring(best.start() - 40, best.end() - 40), best.text());
        assertTrue(ranked.stream().anyMatch(e -> e.text().equals("-T, --ctime\nPrint human-readable timestamps. The "
                + "time source is not reliable.")), ranked.toString());
        assertTrue(ranked.stream().noneMatch(e -> e.text().contains("16392") && e.text().contains("--ctime")),
                ranked.toString());
    }

    /** A description longer than a short paragraph is left in its sentences. */
    @Test
    void aLongDescriptionStaysInSentences() {
        String longer = "Use a buffer of size to query the kernel ring buffer. " + "It holds the messages. ".repeat(15)
                + "This is 16392 by default.";
        List<SentenceSplitter.Span> statements = SentenceSplitter.split("-s, --buffer-size size\n" + longer);
        List<SentenceSplitter.Span> kept = SentenceSelector.descriptions("-s, --buffer-size size\n" + longer,
                statements, Set.of());
        assertTrue(kept.size() > 1, kept.toString());
        assertTrue(kept.stream().allMatch(k -> k.end() - k.start() <= 300), kept.toString());
    }

    /**
     * 时候 is "time, length, moment": a sentence with "time", which most passages have, is credited with that common
     * word's rarity, not with that of the rare "moment" the group could also be matched by (decision 0077).
     */
    @Test
    void aTranslatedWordCountsWithTheRarityOfTheWordTheSentenceHas() {
        List<java.util.Set<String>> passages = List.of(java.util.Set.of("time", "backup"),
                java.util.Set.of("time", "archiv"), java.util.Set.of("time", "exclud"), java.util.Set.of("moment"));
        SentenceSelector.Across across = SentenceSelector.Across.of("备份的时候排除什么", passages, java.util.Map.of());
        double common = across.coverage(java.util.Set.of("time", "exclud"));
        double rare = across.coverage(java.util.Set.of("moment", "exclud"));
        assertTrue(common < rare, common + " vs " + rare);
        assertTrue(common > across.coverage(java.util.Set.of("exclud")), "the common word still counts");
    }
}
