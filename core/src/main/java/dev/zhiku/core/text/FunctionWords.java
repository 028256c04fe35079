package dev.zhiku.core.text;

import java.util.Set;

/**
 * English function and question words ("the", "which", "does", "into"): they say nothing about the topic of a
 * question, so matching sentences to it and translating it leave them out.
 */
public final class FunctionWords {

    private static final Set<String> ENGLISH = Set.of(("a an the of to in on for and or is are was were be been do "
            + "does did i we you my our your it its this that these those what which who whom how when where why can "
            + "could should would will with without from by at as into about there their them they he she his her if "
            + "then than so not no yes any some all each per one have has had get set use using want need like just "
            + "only also more most less very much many such other same own out up down over under again once here both "
            + "few too let me us via way don").split(" "));

    /**
     * Chinese question and function words of two or more characters as a segmenter gives them ("哪里", "怎么",
     * "有没有"): their glosses ("somewhere", "anywhere") are rare in documents, but they are the asker's wording, not
     * a topic.
     */
    private static final Set<String> CHINESE = Set.of(("哪里 哪儿 那里 那儿 这里 这儿 什么 怎么 怎样 怎么样 如何 为什么 为何 "
            + "哪个 哪些 哪种 多少 多大 多久 多长 几个 是否 能否 可否 能不能 可不可以 有没有 是不是 会不会 要不要 可以 能够 "
            + "一下 这个 那个 这些 那些 这样 那样 时候 的话 一些 其他 其它 所有 已经 还是 或者 以及 然后 因为 所以 如果 但是 "
            + "可能 应该 一直 现在 之后 之前 以后 以前 直接 只是 其实 到底 究竟 一次 一样 自己 我们 你们 他们 它们 "
            // what the asker says to ask, not what the documents are about: "主机密钥变了，怎么办？"
            + "怎么办 怎么回事 怎么做 怎么弄 怎样做 如何做 咋办 咋样 为啥 干嘛 什么样 行不行 好不好 对不对 请问 谢谢").split(" "));

    private FunctionWords() {
    }

    /** Whether a Chinese word is a question or function word ({@link #CHINESE}). */
    public static boolean isChinese(String word) {
        return CHINESE.contains(word);
    }

    /** Whether a lower-case English word is a function or question word. */
    public static boolean isEnglish(String word) {
        return ENGLISH.contains(word);
    }
}
