package dev.zhiku.core;

import java.util.List;
import java.util.Map;

/**
 * What the knowledge base holds.
 *
 * @param roots              folders and files the user added
 * @param sourceCounts       number of sources per status
 * @param problems           failed and skipped sources with their reasons
 * @param passages           passages in the index
 * @param passagesWithVector passages whose embedding is already in the index
 * @param indexBytes         bytes used by the index and the catalog on disk
 * @param embeddingModel     id of the embedding model, or empty when none is used
 */
public record KnowledgeBaseStatus(List<String> roots, Map<SourceStatus, Integer> sourceCounts,
                                  List<SourceProblem> problems, long passages, long passagesWithVector,
                                  long indexBytes, String embeddingModel) {

    public KnowledgeBaseStatus {
        roots = List.copyOf(roots);
        sourceCounts = Map.copyOf(sourceCounts);
        problems = List.copyOf(problems);
    }
}
