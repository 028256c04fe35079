package dev.zhiku.rag.cloud;

import dev.zhiku.core.TextGenerator;

/** Opens the cloud model for one answer; the product uses {@link OpenAiCompatibleGenerator}. */
@FunctionalInterface
public interface CloudConnector {

    CloudConnector OPENAI_COMPATIBLE = OpenAiCompatibleGenerator::new;

    TextGenerator open(CloudSettings settings, RequestObserver observer);
}
