package dev.zhiku.rag.cloud;

import java.util.Objects;

/**
 * How failure lines name the server an answer comes from: the cloud service, or a model server on this PC
 * ("Ollama at 127.0.0.1:11434").
 *
 * @param service the server, as the subject of a sentence ("the cloud service")
 * @param answer  its answer ("the cloud answer")
 */
public record ServiceNames(String service, String answer) {

    /** The words of the cloud model. */
    public static final ServiceNames CLOUD = new ServiceNames("the cloud service", "the cloud answer");

    public ServiceNames {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(answer, "answer");
    }
}
