package dev.zhiku.rag.collection;

import java.util.Optional;

/**
 * Understands a question about the collection as a {@link CollectionQuery}; empty when the question is not about
 * the collection (it then goes to ordinary retrieval, unchanged). Implementations: {@link RuleQueryParser}
 * (dictionaries and a grammar, no model) and {@link ModelQueryParser} (a local model filling the same structure
 * through constrained JSON, falling back to the rules).
 */
public interface QueryParser {

    Optional<CollectionQuery> parse(String question);
}
