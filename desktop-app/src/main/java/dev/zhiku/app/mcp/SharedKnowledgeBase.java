package dev.zhiku.app.mcp;

import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.KnowledgeBaseStatus;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import dev.zhiku.core.SourceInfo;
import dev.zhiku.core.SourceQuery;
import dev.zhiku.core.TermStatistics;
import java.util.List;

/**
 * The part of a knowledge base an MCP client may see: searches, source lists and passages leave out everything in
 * a private folder, read fresh on every call. Closing it leaves the underlying knowledge base open.
 */
final class SharedKnowledgeBase implements KnowledgeBase {

    private final KnowledgeBase kb;
    private final java.util.function.Supplier<List<String>> hidden;

    /** @param hidden the folders left out, read on every call (the private folders, unless shared) */
    SharedKnowledgeBase(KnowledgeBase kb, java.util.function.Supplier<List<String>> hidden) {
        this.kb = kb;
        this.hidden = hidden;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        List<String> privateFolders = hidden.get();
        SearchResult result = kb.search(query);
        List<Hit> shared = result.hits().stream()
                .filter(h -> !ZhikuMcpServer.isPrivate(h.passage().path(), privateFolders)).toList();
        return new SearchResult(shared, result.vectorsUsed(), result.tookMillis());
    }

    @Override
    public TermStatistics termStatistics(String text) {
        return kb.termStatistics(text);
    }

    @Override
    public List<SourceInfo> sources(SourceQuery query) {
        List<String> privateFolders = hidden.get();
        return kb.sources(query).stream().filter(s -> !ZhikuMcpServer.isPrivate(s.path(), privateFolders)).toList();
    }

    @Override
    public List<Passage> passagesContaining(String words, dev.zhiku.core.SearchFilter filter, int max) {
        List<String> privateFolders = hidden.get();
        return kb.passagesContaining(words, filter, max).stream()
                .filter(p -> !ZhikuMcpServer.isPrivate(p.path(), privateFolders)).toList();
    }

    @Override
    public List<Passage> passages(String path) {
        List<String> privateFolders = hidden.get();
        return kb.passages(path).stream().filter(p -> !ZhikuMcpServer.isPrivate(p.path(), privateFolders)).toList();
    }

    @Override
    public List<String> privateFolders() {
        return kb.privateFolders();
    }

    @Override
    public KnowledgeBaseStatus status() {
        return kb.status();
    }

    @Override
    public void close() {
        // the underlying knowledge base belongs to the caller
    }
}
