package dev.zhiku.rag.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.TermStatistics;
import dev.zhiku.rag.TestPassages;
import dev.zhiku.rag.evidence.SentenceSelector;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceGateTest {

    private final RelevanceGate gate = new RelevanceGate(0.15);
    private final Retrieval retrieval = new Retrieval("q", List.of(TestPassages.hit("/docs/pool.html", 0,
            "Connection pooling keeps server connections open for reuse by many clients.", 1.0)), 3);

    private static TermStatistics stats(TermStatistics.Term... terms) {
        return new TermStatistics(List.of(terms), 1000);
    }

    @Test
    void inASmallKnowledgeBaseAMissingWordIsNoReasonToRefuse() {
        String q = "What does connection pooling keep open?";
        GateDecision d = gate.judge(q, retrieval, SentenceSelector.rank(q, retrieval.hits(), 8),
                new TermStatistics(List.of(new TermStatistics.Term("keep", false, 0)), 12));
        assertTrue(d.answerable(), d.reason());
    }

    @Test
    void aNameTheDocumentsNeverMentionIsAnAbstention() {
        String q = "How do I configure pgbouncer pooling?";
        GateDecision d = gate.judge(q, retrieval, SentenceSelector.rank(q, retrieval.hits(), 8),
                stats(new TermStatistics.Term("configur", false, 12), new TermStatistics.Term("pgbouncer", false, 0),
                        new TermStatistics.Term("pool", false, 4)));
        assertFalse(d.answerable());
        assertTrue(d.reason().contains("pgbouncer"), d.reason());
    }

    @Test
    void knownWordsWithSupportingEvidenceAreAnswered() {
        String q = "What does connection pooling keep open?";
        GateDecision d = gate.judge(q, retrieval, SentenceSelector.rank(q, retrieval.hits(), 8),
                stats(new TermStatistics.Term("connect", false, 30), new TermStatistics.Term("pool", false, 4)));
        assertTrue(d.answerable(), d.reason());
    }

    @Test
    void nothingFoundIsAnAbstentionInTheQuestionsLanguage() {
        Retrieval empty = new Retrieval("q", List.of(), 1);
        GateDecision d = gate.judge("怎样启用压缩内存？", empty, List.of(), stats());
        assertFalse(d.answerable());
        assertTrue(d.reason().contains("没有"), d.reason());
    }

    @Test
    void acrossTheLanguageLineOnlyAnIdentifierProvesAbsence() {
        Retrieval chinese = new Retrieval("q", List.of(TestPassages.hit("/docs/poems.txt", 0,
                "独钓寒江雪。孤舟蓑笠翁，独钓寒江雪。千山鸟飞绝，万径人踪灭。", 1.0)), 3);
        String plain = "Which poet wrote about an old man in a straw cape fishing on a snowy river?";
        GateDecision translated = gate.judge(plain, chinese, SentenceSelector.rank(plain, chinese.hits(), 8),
                stats(new TermStatistics.Term("straw", false, 0), new TermStatistics.Term("poet", false, 0)));
        assertTrue(translated.answerable(), translated.reason());

        String named = "How do I configure PgBouncer for the old man in a straw cape?";
        GateDecision identifier = gate.judge(named, chinese, SentenceSelector.rank(named, chinese.hits(), 8),
                stats(new TermStatistics.Term("straw", false, 0), new TermStatistics.Term("pgbouncer", false, 0)));
        assertFalse(identifier.answerable());
        assertTrue(identifier.reason().contains("PgBouncer"), identifier.reason());
    }

    /**
     * An identifier the question names must be in the passages an answer would quote, but not one it only gives as an
     * example: "how do I compile additional locales (for example to get zh_CN.UTF-8)" is answered by a passage on
     * generating locales that never writes zh_CN.UTF-8.
     */
    @Test
    void anIdentifierGivenAsAnExampleNeedNotBeQuoted() {
        Retrieval locales = new Retrieval("q", List.of(TestPassages.hit("/docs/locale.txt", 0,
                "To compile additional locales, run dpkg-reconfigure locales and choose them from the list. "
                        + "The same dialog sets the default locale of the system.", 1.0)), 3);
        for (String example : List.of(
                "How do I compile additional locales (for example to get zh_CN.UTF-8) and set the default locale?",
                "How do I compile additional locales, e.g. zh_CN.UTF-8, and set the default locale?",
                "怎样生成更多的 locale（比如 zh_CN.UTF-8），并设置系统默认的 locale？")) {
            var ranked = SentenceSelector.rank(example, locales.hits(), 8);
            assertTrue(RelevanceGate.unquotedIdentifiers(example, ranked, dev.zhiku.rag.Language.of(example))
                    .isEmpty(), example);
        }
        String asked = "How do I compile the zh_CN.UTF-8 locale?";
        var ranked = SentenceSelector.rank(asked, locales.hits(), 8);
        var refused = RelevanceGate.unquotedIdentifiers(asked, ranked, dev.zhiku.rag.Language.EN);
        assertTrue(refused.isPresent() && refused.get().contains("zh_cn"), refused.toString());
    }

    /**
     * A Chinese word that no passage has, nor any English translation of it, is never mentioned in either language:
     * "chage 能不能给用户设置磁盘配额上限" over passages about chage (English) and user accounts (Chinese), none of them
     * about quotas. A translation some passage has, a word the dictionary lacks, or a question word ("哪里", whose
     * glosses "somewhere, anywhere" are rare in documents too) is no reason.
     */
    @Test
    void aChineseWordAbsentInBothLanguagesIsAnAbstention() {
        Retrieval both = new Retrieval("q", List.of(
                TestPassages.hit("/docs/chage.1.html", 0, "chage - change user password expiry information. "
                        + "The chage command changes the number of days between password changes.", 1.0),
                TestPassages.hit("/docs/useradd.8.txt", 1, "useradd 命令用于建立用户帐号，并设置用户的主目录。", 0.9)), 3);
        String q = "chage 能不能给用户设置磁盘配额上限？";
        List<dev.zhiku.rag.evidence.EvidenceSentence> ranked = SentenceSelector.rank(q, both.hits(), 8);
        TermStatistics.Term user = new TermStatistics.Term("用户", true, 40, true);
        GateDecision absent = gate.judge(q, both, ranked,
                stats(user, new TermStatistics.Term("配额", true, 0, false)));
        assertFalse(absent.answerable());
        assertTrue(absent.reason().contains("配额"), absent.reason());

        for (TermStatistics.Term other : List.of(new TermStatistics.Term("配额", true, 0, true),
                new TermStatistics.Term("配额", true, 0, null), new TermStatistics.Term("哪里", true, 0, false))) {
            GateDecision d = gate.judge(q, both, ranked, stats(user, other));
            assertFalse(d.reason() != null && d.reason().contains(other.text()), other + ": " + d.reason());
        }
    }

    /** "主机密钥变了，怎么办？": the asker's "what do I do" is in no document, and is no reason to refuse. */
    @Test
    void aChineseQuestionPhraseThatNoPassageHasIsNoAbstention() {
        Retrieval chinese = new Retrieval("q", List.of(TestPassages.hit("/docs/ssh.txt", 0,
                "服务器的主机密钥变了以后，用 ssh-keygen -R 主机名 删除 known_hosts 里旧的主机密钥，再重新连接。", 1.0)), 3);
        String q = "服务器的主机密钥变了，怎么办？";
        var ranked = SentenceSelector.rank(q, chinese.hits(), 8);
        TermStatistics.Term key = new TermStatistics.Term("密钥", true, 40, true);
        for (TermStatistics.Term asking : List.of(new TermStatistics.Term("怎么办", true, 0, null),
                new TermStatistics.Term("怎么办", true, 0, false))) {
            GateDecision d = gate.judge(q, chinese, ranked, stats(key, asking));
            assertTrue(d.answerable(), asking + ": " + d.reason());
        }
        GateDecision absent = gate.judge(q, chinese, ranked, stats(key, new TermStatistics.Term("指纹库", true, 0,
                null)));
        assertFalse(absent.answerable(), "a word of three characters that no passage has still is");
    }

    /**
     * Across the language line, a word that is not everyday English and that the dictionary has no Chinese for
     * ("kubeadm") stays as it is in a Chinese passage, so its absence counts; a capitalised name ("Luo Binwang")
     * may be written in Chinese even when the dictionary does not know it, and does not.
     */
    @Test
    void acrossTheLanguageLineAWordWithoutAChineseFormProvesAbsenceButANameDoesNot() {
        Retrieval chinese = new Retrieval("q", List.of(TestPassages.hit("/docs/virt.txt", 0,
                "虚拟化：Xen 和 KVM 在 Debian 上的安装与配置。使用 virt-install 创建虚拟机。", 1.0)), 3);
        String tool = "How do I set up a cluster with kubeadm on Debian?";
        GateDecision absent = gate.judge(tool, chinese, SentenceSelector.rank(tool, chinese.hits(), 8),
                stats(new TermStatistics.Term("kubeadm", false, 0), new TermStatistics.Term("cluster", false, 3)));
        assertFalse(absent.answerable());
        assertTrue(absent.reason().contains("kubeadm"), absent.reason());

        String name = "What did Luo Binwang write about the virtual machines?";
        GateDecision transliterated = gate.judge(name, chinese, SentenceSelector.rank(name, chinese.hits(), 8),
                stats(new TermStatistics.Term("luo", false, 0), new TermStatistics.Term("binwang", false, 0),
                        new TermStatistics.Term("virtual", false, 3)));
        assertTrue(transliterated.answerable(), transliterated.reason());
    }

    @Test
    void aPlainWordTheDocumentsNeverUseIsTheAskersWordingNotAReasonToRefuse() {
        String q = "At that moment, what does connection pooling keep open on a brand-new server?";
        GateDecision d = gate.judge(q, retrieval, SentenceSelector.rank(q, retrieval.hits(), 8),
                stats(new TermStatistics.Term("moment", false, 0), new TermStatistics.Term("brand", false, 0),
                        new TermStatistics.Term("pool", false, 4)));
        assertTrue(d.answerable(), d.reason());
    }

    @Test
    void aNameInTheQuestionsOwnLanguageThatNoPassageHasIsAnAbstention() {
        String q = "What does connection pooling keep open for BrightPath clients?";
        GateDecision d = gate.judge(q, retrieval, SentenceSelector.rank(q, retrieval.hits(), 8),
                stats(new TermStatistics.Term("brightpath", false, 0), new TermStatistics.Term("pool", false, 4)));
        assertFalse(d.answerable());
        assertTrue(d.reason().contains("BrightPath"), d.reason()); // the asker's own spelling, not the index term

        String start = "Straw aside, what does connection pooling keep open?";
        GateDecision first = gate.judge(start, retrieval, SentenceSelector.rank(start, retrieval.hits(), 8),
                stats(new TermStatistics.Term("straw", false, 0), new TermStatistics.Term("pool", false, 4)));
        assertTrue(first.answerable(), "a capital at the start of a sentence is no sign of a name");

        String lower = "What does connection pooling keep open for kubernetes halfway?";
        GateDecision product = gate.judge(lower, retrieval, SentenceSelector.rank(lower, retrieval.hits(), 8),
                stats(new TermStatistics.Term("halfwai", false, 0), new TermStatistics.Term("kubernet", false, 0),
                        new TermStatistics.Term("pool", false, 4)));
        assertFalse(product.answerable(), "a word that is not everyday English names something");
        assertTrue(product.reason().contains("kubernetes"), product.reason());
    }

    @Test
    void aPathTheAskerGivesIsAValueNotATopic() {
        String q = "Which connection pooling keeps open files like '/srv/import/orders.csv'?";
        GateDecision d = gate.judge(q, retrieval, SentenceSelector.rank(q, retrieval.hits(), 8),
                stats(new TermStatistics.Term("orders.csv", false, 0), new TermStatistics.Term("srv", false, 0),
                        new TermStatistics.Term("pool", false, 4)));
        assertTrue(d.answerable(), d.reason());
    }

    @Test
    void anOptionWithAHyphenIsAnIdentifier() {
        String q = "What does connection pooling do with --exclude-vcs?";
        GateDecision d = gate.judge(q, retrieval, SentenceSelector.rank(q, retrieval.hits(), 8),
                stats(new TermStatistics.Term("exclude-vcs", false, 0), new TermStatistics.Term("pool", false, 4)));
        assertFalse(d.answerable());
    }

    @Test
    void identifiersAreTheWordsNoTranslationChanges() {
        assertTrue(IdentifierWords.isIdentifier("PgBouncer"));
        assertTrue(IdentifierWords.isIdentifier("TDE"));
        assertTrue(IdentifierWords.isIdentifier("pg_stat_statements.max"));
        assertFalse(IdentifierWords.isIdentifier("Straw"));
        assertFalse(IdentifierWords.isIdentifier("poet"));
        assertTrue(IdentifierWords.of("Debian 上怎样启用 zram？").covers("zram"));
    }

    @Test
    void identifiersOfTheQuestionThatNoQuotedPassageMentionsMeanTheEvidenceIsAboutSomethingElse() {
        Retrieval ctl = new Retrieval("q", List.of(TestPassages.hit("/docs/pg_ctl.html", 0,
                "pg_ctl start launches the server. Use pg_ctl stop to shut it down.", 1.0)), 3);
        String upgrade = "With --link or --clone, how does pg_upgrade start and stop the server?";
        GateDecision refused = gate.judge(upgrade, ctl, SentenceSelector.rank(upgrade, ctl.hits(), 8),
                stats(new TermStatistics.Term("server", false, 40)));
        assertFalse(refused.answerable());
        assertTrue(refused.reason().contains("--link"), refused.reason());

        String stop = "How does pg_ctl stop shut down the server with --mode fast?";
        GateDecision answered = gate.judge(stop, ctl, SentenceSelector.rank(stop, ctl.hits(), 8),
                stats(new TermStatistics.Term("server", false, 40)));
        assertTrue(answered.answerable(), "one of its identifiers is there: " + answered.reason());

        String path = "Does start launch the server with /srv/conf/my_server.conf?";
        GateDecision value = gate.judge(path, ctl, SentenceSelector.rank(path, ctl.hits(), 8),
                stats(new TermStatistics.Term("server", false, 40)));
        assertTrue(value.answerable(), "a path the asker typed is a value: " + value.reason());
    }
}
