package dev.zhiku.llm.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists what is missing or wrong in one catalog entry, in words a maintainer can act on. */
final class CatalogValidation {

    private CatalogValidation() {
    }

    static List<String> problems(CatalogModel model) {
        List<String> problems = new ArrayList<>();
        String id = model.id() == null ? "(entry without id)" : model.id();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("id", model.id());
        texts.put("displayName", model.displayName());
        texts.put("architecture", model.architecture());
        texts.put("quantization", model.quantization());
        texts.put("fileName", model.fileName());
        texts.put("urlPath", model.urlPath());
        texts.put("licence", model.licence());
        texts.put("chineseNote", model.chineseNote());
        texts.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                problems.add(id + ": missing " + field);
            }
        });
        if (model.urlPath() != null && !model.urlPath().startsWith("/")) {
            problems.add(id + ": urlPath must start with '/'");
        }
        if (model.sha256() == null && !model.sizeApproximate()) {
            problems.add(id + ": an unverified entry (sha256 null) must mark its size approximate");
        }
        if (model.sha256() != null && !model.sha256().matches("[0-9a-f]{64}")) {
            problems.add(id + ": sha256 must be 64 lower-case hex digits");
        }
        if (model.chineseQuality() == null || model.languages().isEmpty()) {
            problems.add(id + ": missing chineseQuality or languages");
        }
        if (model.sizeBytes() <= 0 || model.parameterCount() <= 0 || model.contextLength() <= 0
                || model.kvBytesPerToken() <= 0 || model.ramNeededBytes() <= 0) {
            problems.add(id + ": sizes, parameterCount, contextLength and kvBytesPerToken must be positive");
        }
        return problems;
    }
}
