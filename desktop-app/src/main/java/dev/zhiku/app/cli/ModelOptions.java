package dev.zhiku.app.cli;

import picocli.CommandLine.Option;

/** The model options of {@code ask}, {@code chat} and {@code serve} (a picocli mixin). */
final class ModelOptions {

    @Option(names = "--model", paramLabel = "FILE.gguf", description = "answer with this model file")
    private String model;

    @Option(names = "--no-llm", description = "no model: extractive answers from the passages")
    private boolean noLlm;

    @Option(names = "--engine", paramLabel = "NAME|URL", description = "answer with a model server's model "
            + "(see zhiku engines)")
    private String engine;

    @Option(names = "--engine-model", paramLabel = "M", description = "which of its models (default: the chosen "
            + "or only one)")
    private String engineModel;

    Models.Wanted wanted() {
        return new Models.Wanted(noLlm, model, engine, engineModel);
    }
}
