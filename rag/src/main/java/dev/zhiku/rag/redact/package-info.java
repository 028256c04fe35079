/**
 * Redaction of private values before a question leaves the machine, and their restoration in the answer that
 * comes back. {@link dev.zhiku.rag.redact.Redactor} runs a list of {@link dev.zhiku.rag.redact.Detector}s,
 * keeps the longest of overlapping findings, and replaces each distinct value with a placeholder such as
 * {@code [EMAIL_1]}; {@link dev.zhiku.rag.redact.Redactor#restore} puts the originals back, tolerating the
 * spacing and case a cloud model may give an echoed placeholder.
 *
 * <p>To recognise a new kind of value, add a {@link dev.zhiku.rag.redact.Kind}, write one small detector that
 * returns {@link dev.zhiku.rag.redact.Finding}s (validate, do not just match a shape), add it to
 * {@link dev.zhiku.rag.redact.Redactor#standard}, and add labelled lines, including hard negatives, to
 * {@code src/test/resources/redact/labelled.jsonl}. Never log a finding's text.
 */
package dev.zhiku.rag.redact;
