package dev.zhiku.rag;

/** The fixed sentences Zhiku says in Chinese and English. */
public final class Wording {

    private Wording() {
    }

    /** The answer when the documents do not hold one, with the offer to ask a cloud model. */
    public static String notFound(Language language, String reason) {
        String why = reason == null || reason.isBlank() ? "" : " " + reason;
        return notFoundSentence(language) + why + (language == Language.ZH
                ? " 你可以改用云端模型提问（发送前会先让你确认内容）。"
                : " You can ask a cloud model instead (you will see what is sent first).");
    }

    /** "Not found" alone, without the offer to ask the cloud (for the cloud's own answer). */
    public static String notFoundSentence(Language language) {
        return language == Language.ZH ? "没有在你的文档中找到答案。" : "I could not find this in your documents.";
    }

    public static String neverMentioned(Language language, String term) {
        return language == Language.ZH ? "你的文档中没有出现“" + term + "”。"
                : "Your documents never mention “" + term + "”.";
    }

    public static String nothingRelevant(Language language) {
        return language == Language.ZH ? "没有相关的段落。" : "No passage is related to the question.";
    }

    /**
     * What the command line and the MCP tools add after a hit or citation that other files hold too (decision
     * 0047): " (also in 2 other files: /backup/guide.pdf, /usb/guide.pdf)", at most {@code shown} of them named
     * ("…" for the rest); empty when there are none.
     */
    public static String alsoIn(java.util.List<String> others, int shown) {
        if (others.isEmpty()) {
            return "";
        }
        java.util.List<String> named = others.subList(0, Math.min(shown, others.size()));
        return " (also in " + (others.size() == 1 ? "1 other file: " : others.size() + " other files: ")
                + String.join(", ", named) + (others.size() > named.size() ? ", …" : "") + ")";
    }
}
