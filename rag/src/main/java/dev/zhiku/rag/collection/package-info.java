/**
 * Questions about the collection as a whole ("which documents mention X", "files I changed last week", "how
 * many invoices from 2024", "summarize report.pdf"), answered from the catalog and the index rather than from
 * a few retrieved passages.
 */
package dev.zhiku.rag.collection;
