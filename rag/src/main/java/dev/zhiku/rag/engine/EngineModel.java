package dev.zhiku.rag.engine;

/**
 * A model a server offers.
 *
 * @param name          the name to ask for ({@code qwen3.5:4b})
 * @param contextLength the context the server reports for it, or 0 when it reports none
 * @param detail        family, size and quantization as the server describes them, or empty
 */
public record EngineModel(String name, int contextLength, String detail) {

    public EngineModel {
        detail = detail == null ? "" : detail;
    }
}
