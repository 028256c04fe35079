package dev.zhiku.llm.catalog;

/**
 * A current small model that needs a newer engine than the bundled one: it runs in Ollama, LM Studio or Jan, and
 * Zhiku answers with it through that server.
 *
 * @param name           what the user sees ("Qwen3.5 4B")
 * @param family         the model family ("Qwen3.5")
 * @param parameters     its size as its makers name it ("4B", "E2B")
 * @param chineseQuality how well it handles Chinese
 * @param ollamaTag      the tag in Ollama's library ({@code qwen3.5:4b})
 * @param lmStudioSearch what to type into LM Studio's model search
 */
public record ServerModel(String name, String family, String parameters, ChineseQuality chineseQuality,
                          String ollamaTag, String lmStudioSearch) {

    /** The commands that make it answer in Zhiku through Ollama. */
    public String ollamaCommands() {
        return pullCommand() + "  then  " + useCommand();
    }

    /** The first of them: getting the model into Ollama. */
    public String pullCommand() {
        return "ollama pull " + ollamaTag;
    }

    /** The second: making Zhiku answer with it. */
    public String useCommand() {
        return "zhiku models use " + ollamaTag + " --engine ollama";
    }
}
