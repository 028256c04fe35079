package dev.zhiku.llm.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The current small models for Chinese and English that the bundled engine cannot load (Qwen3.5, Qwen3, Gemma 4),
 * read from {@code dev/zhiku/llm/server-models.json}, each with the command that gets it into a model server.
 */
public final class ServerModels {

    static final String RESOURCE = "/dev/zhiku/llm/server-models.json";

    private ServerModels() {
    }

    /** The list shipped with Zhiku. */
    public static List<ServerModel> bundled() {
        try (InputStream in = ServerModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            ObjectMapper mapper = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            ServerModelFile file = mapper.readValue(in, ServerModelFile.class);
            return file.models() == null ? List.of() : List.copyOf(file.models());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The JSON document. */
    record ServerModelFile(List<String> note, List<ServerModel> models) {
    }
}
