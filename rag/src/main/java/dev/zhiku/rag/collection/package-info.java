/**
 * Questions about the collection as a whole — how many, which, which mention, the latest, largest and oldest,
 * by an author, summaries and comparisons of named or filtered files — answered exactly from the catalog and the
 * whole index rather than from a few retrieved passages (decision 0029).
 *
 * <p>A question becomes a {@link dev.zhiku.rag.collection.CollectionQuery} through a
 * {@link dev.zhiku.rag.collection.QueryParser}: {@link dev.zhiku.rag.collection.RuleQueryParser} (tokenizer,
 * dictionaries, {@link dev.zhiku.rag.collection.TimeGrammar}) or {@link dev.zhiku.rag.collection.ModelQueryParser}
 * (a local model through a JSON schema, the rules as fallback); {@link dev.zhiku.rag.collection.CollectionAnswerer}
 * runs it.
 *
 * <p>To extend: a new word for a known category (a file type's everyday name, a kind of document, an intent cue,
 * a time word) is one more phrase in {@code vocabulary.txt} beside these classes; a new file type also needs its
 * extensions in {@link dev.zhiku.rag.collection.FileTypes}; another-language name of a company or term is a line
 * in {@code aliases.txt}. A new intent needs a value in {@link dev.zhiku.rag.collection.QueryIntent}, its cue
 * category in the vocabulary, its place in {@code RuleQueryParser.intent} and an answer in
 * {@code CollectionAnswerer}. Add phrasings to {@code collection-questions-unseen.jsonl} before changing the
 * grammar, and keep {@code LabelledQuestionsTest} green.
 */
package dev.zhiku.rag.collection;
