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

    private FunctionWords() {
    }

    /** Whether a lower-case English word is a function or question word. */
    public static boolean isEnglish(String word) {
        return ENGLISH.contains(word);
    }
}
