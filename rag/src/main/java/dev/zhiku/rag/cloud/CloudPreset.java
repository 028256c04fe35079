package dev.zhiku.rag.cloud;

import java.util.List;

/**
 * A known OpenAI-compatible service, to fill in the base address and a model in one click.
 *
 * @param name    shown in the settings
 * @param baseUri the API base ({@code chat/completions} is appended)
 * @param model   a sensible default model
 * @param local   whether the service usually runs on this PC or the user's own server (no key needed)
 */
public record CloudPreset(String name, String baseUri, String model, boolean local) {

    /** The services the settings offer; any other OpenAI-compatible address can be typed in. */
    public static List<CloudPreset> all() {
        return List.of(
                new CloudPreset("OpenAI", "https://api.openai.com/v1", "gpt-4o-mini", false),
                new CloudPreset("DeepSeek", "https://api.deepseek.com/v1", "deepseek-chat", false),
                new CloudPreset("Qwen (DashScope)", "https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus",
                        false),
                new CloudPreset("Moonshot (Kimi)", "https://api.moonshot.cn/v1", "moonshot-v1-8k", false),
                new CloudPreset("Zhipu (GLM)", "https://open.bigmodel.cn/api/paas/v4", "glm-4-flash", false),
                new CloudPreset("Ollama", "http://127.0.0.1:11434/v1", "qwen2.5:7b", true),
                new CloudPreset("llama.cpp server", "http://127.0.0.1:8080/v1", "default", true),
                new CloudPreset("vLLM", "http://127.0.0.1:8000/v1", "default", true));
    }
}
