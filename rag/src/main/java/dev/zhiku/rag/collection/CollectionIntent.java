package dev.zhiku.rag.collection;

import java.time.Instant;

/** A question about the collection as a whole, which plain retrieval answers badly. */
public sealed interface CollectionIntent {

    /** "Which documents mention X?" */
    record Mentions(String term) implements CollectionIntent {
    }

    /** "Files I changed last week" — sources modified in [from, to). */
    record Changed(Instant from, Instant to) implements CollectionIntent {
    }

    /** "How many invoices from 2024?" — documents mentioning the term, in the year (0: any year). */
    record Count(String term, int year) implements CollectionIntent {
    }

    /** "Summarize report.pdf" — the named document (part of its file name). */
    record Summarize(String document) implements CollectionIntent {
    }
}
