package dev.zhiku.indexer.chunk;

import dev.zhiku.core.text.LanguageGuesser;
import dev.zhiku.core.text.SentenceSplitter;
import dev.zhiku.indexer.extract.ExtractedDocument;
import dev.zhiku.indexer.extract.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into passages that follow its structure: a passage never spans two pages, slides or sheets,
 * a heading starts a new passage, and sentences are kept whole (Chinese and English) within a token budget of
 * the embedding model. Consecutive passages share a short sentence of overlap. Offsets are exact.
 */
public final class ChunkPlanner {

    private final ChunkingSettings settings;
    private final TokenCounter counter;

    public ChunkPlanner(ChunkingSettings settings, TokenCounter counter) {
        this.settings = settings;
        this.counter = counter;
    }

    /** A sentence (or a piece of an over-long one) with where it stands. */
    private record Unit(int start, int end, int tokens, TextBlock block) {
    }

    public List<Chunk> plan(ExtractedDocument document) {
        String text = document.text();
        List<Unit> units = units(document, text);
        List<Chunk> chunks = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        int tokens = 0;
        for (Unit unit : units) {
            if (!current.isEmpty()) {
                TextBlock first = current.getFirst().block();
                boolean newPage = unit.block().page() != first.page();
                boolean newSection = unit.block().heading() && tokens >= settings.targetTokens() / 4;
                if (newPage || newSection) {
                    chunks.add(chunk(chunks.size(), current, text));
                    current.clear();
                    tokens = 0;
                } else if (current.size() == 1 && isTerm(current.getFirst(), text)
                        && tokens + unit.tokens() <= settings.maxTokens()) {
                    // a term alone is no passage: its description joins it up to the maximum
                    current.add(unit);
                    tokens += unit.tokens();
                    continue;
                } else if (tokens + unit.tokens() > settings.targetTokens() && current.size() > 1
                        && isTerm(current.getLast(), text)
                        && current.getLast().tokens() + unit.tokens() <= settings.maxTokens()) {
                    // a term never ends a passage: it moves to the next one, with its description
                    Unit term = current.removeLast();
                    chunks.add(chunk(chunks.size(), current, text));
                    current.clear();
                    current.add(term);
                    tokens = term.tokens();
                } else if (tokens + unit.tokens() > settings.targetTokens()) {
                    chunks.add(chunk(chunks.size(), current, text));
                    Unit last = current.getLast();
                    // a definition's term ("-K, --global-apropos", "work_mem (integer)") carried with the first
                    // sentence of its description, so the next passage says which option it describes
                    Unit term = current.size() >= 2 && isTerm(current.get(current.size() - 2), text)
                            ? current.get(current.size() - 2) : null;
                    current.clear();
                    tokens = 0;
                    if (last.tokens() <= settings.overlapTokens() && !last.block().heading()
                            && last.tokens() + unit.tokens() <= settings.maxTokens()) {
                        // the term is at most a short line: it comes on top of the overlap
                        if (term != null && term.tokens() + last.tokens() + unit.tokens() <= settings.maxTokens()) {
                            current.add(term);
                            tokens = term.tokens();
                        }
                        current.add(last);
                        tokens += last.tokens();
                    }
                }
            }
            current.add(unit);
            tokens += unit.tokens();
        }
        if (!current.isEmpty()) {
            chunks.add(chunk(chunks.size(), current, text));
        }
        return chunks;
    }

    private static boolean isTerm(Unit unit, String text) {
        return dev.zhiku.core.text.DefinitionTerm.is(text.substring(unit.start(), unit.end()));
    }

    private List<Unit> units(ExtractedDocument document, String text) {
        List<Unit> units = new ArrayList<>();
        int offset = 0;
        for (TextBlock block : document.blocks()) {
            for (SentenceSplitter.Span span : SentenceSplitter.split(block.text())) {
                addSentence(units, block, offset + span.start(), offset + span.end(), text);
            }
            offset += block.text().length() + ExtractedDocument.BLOCK_SEPARATOR.length();
        }
        return units;
    }

    private void addSentence(List<Unit> units, TextBlock block, int start, int end, String text) {
        String sentence = text.substring(start, end);
        int tokens = Math.max(1, counter.count(sentence));
        if (tokens <= settings.maxTokens()) {
            units.add(new Unit(start, end, tokens, block));
            return;
        }
        // An over-long "sentence" (a table row, a log line, text without punctuation): cut near word boundaries.
        int pieceChars = Math.max(16, (int) ((long) sentence.length() * settings.targetTokens() / tokens));
        int pos = start;
        while (pos < end) {
            int cut = Math.min(end, pos + pieceChars);
            if (cut < end) {
                int space = lastSpace(text, cut, pos + pieceChars * 4 / 5);
                if (space >= 0) {
                    cut = space + 1;
                }
            }
            units.add(new Unit(pos, cut, Math.max(1, counter.count(text.substring(pos, cut))), block));
            pos = cut;
        }
    }

    /**
     * The last space at an index in (floor, from], or -1. Bounded on purpose: {@code lastIndexOf(' ', from)}
     * scans back to the start of the text when the piece has no space (Chinese without punctuation, minified
     * or binary-like text), which made cutting one long "sentence" quadratic in its length.
     */
    private static int lastSpace(String text, int from, int floor) {
        for (int i = from; i > floor; i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static Chunk chunk(int index, List<Unit> units, String text) {
        int start = units.getFirst().start();
        int end = units.getLast().end();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String body = text.substring(start, end);
        TextBlock first = units.getFirst().block();
        int tokens = units.stream().mapToInt(Unit::tokens).sum();
        return new Chunk(index, body, start, end, first.page(), first.pageLabel(), first.headingPath(),
                LanguageGuesser.guess(body), tokens);
    }
}
