/**
 * JSON as Zhiku's command line and API write it, through Jackson: {@link dev.zhiku.app.json.JsonText} for the
 * {@code --json} outputs, {@link dev.zhiku.app.json.CitationJson} for citations wherever they are given. Used by
 * {@code app.cli} and {@code app.serve}; depends on neither.
 */
package dev.zhiku.app.json;
