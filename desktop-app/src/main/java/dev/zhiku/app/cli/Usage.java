package dev.zhiku.app.cli;

/** The help text. */
final class Usage {

    static final String TEXT = """
            zhiku — your documents, answered privately (知库)

            Usage:
              zhiku                                  open the desktop app
              zhiku index  [--home DIR] [options] PATH...
                                                     add folders or files and index them; blocks until done
                  --private              mark these folders private (never sent to a cloud model)
                  --keyword-only         skip semantic vectors (faster; no cross-lingual search)
                  --include GLOB         only index matching files (repeatable), e.g. '*.pdf'
                  --exclude GLOB         never index matching files (repeatable), e.g. 'drafts/**'
                  --max-file-size MB     skip larger files (default 512)
                  --threads N            files read at once (default: number of cores)
                  --watch                keep running and index changes as they happen
                  --follow-outside-links let symbolic links in these folders lead outside the added folders
                  with no PATH: re-scan the folders already added (every run retries files set aside after crashes)
              zhiku search [--home DIR] [--json] [-k N] [filters] QUERY
                  --folder DIR  --type EXT  --lang zh|en  --after YYYY-MM-DD  --before YYYY-MM-DD
                  --keyword-only         do not use semantic vectors
              zhiku status [--home DIR] [--json]     sources, counts, failures with reasons, index size
              zhiku ask    [--home DIR] [--json] [--model FILE.gguf | --no-llm] QUESTION
                                                     answer from your documents with citations; without a
                                                     model (or with --no-llm) the answer is extractive
                  --cloud                then ask the cloud model: preview, confirm, send (redacted)
                  --yes                  send without the confirmation prompt
                  --dry-run              show exactly what would be sent; send nothing
                  --engine NAME|URL      answer with a model server's model (see zhiku engines)
                  --engine-model M       which of its models (default: the chosen or only one)
              zhiku cloud [show] | set [options] | remove-key      the cloud model (off until set up)
                  --preset NAME (openai, deepseek, qwen, moonshot, zhipu, ollama, llama.cpp, vllm)
                  --base-url URL  --model NAME  --policy never|ask|auto  --context TOKENS
                  --redact-term WORD (repeatable)  --clear-terms
                  --key-stdin            read the API key from standard input (stored encrypted)
              zhiku audit [list [--json] | show ID | export FILE | delete ID | clear]
                                                     every request that left this PC, with its payload
              zhiku chat   [--home DIR] [--model FILE | --no-llm]   a conversation in the terminal (kept)
              zhiku eval   [--home DIR] [--model FILE | --no-llm | --search-only] QUESTIONS.jsonl
                                                     one result line per question (dev-eval format)
                  --baseline bm25|vector  the same, searched by a plain BM25 or a vectors-only anchor
              zhiku mcp    [--home DIR] [--share-private]  an MCP server over stdio for Claude Desktop, Cursor,
                                                     VS Code, Cherry Studio: search_documents, ask_documents,
                                                     list_sources, read_document, documents as resources
                                                     (read-only; private folders are never returned; every
                                                     call is in zhiku audit)
              zhiku serve  [--home DIR] [--port N] [--token-file F | --token-stdin] [--model FILE | --no-llm]
                           [--keyword-only] [--mcp]  an OpenAI-compatible API on 127.0.0.1 (default port 8765)
                                                     (--mcp: also the MCP tools over Streamable HTTP at /mcp)
                                                     answering from your documents; prints the URL, and the
                                                     token when it made one up (--token T still works, but
                                                     shows in the process list)
              zhiku models list | recommend | download NAME | add FILE | remove NAME | use NAME
                  --mirror URL  (e.g. https://hf-mirror.com)   --proxy HOST:PORT
                  use MODEL --engine NAME   answers come from that server's model
              zhiku engines [list [--json]] | add URL [--name N] [--trusted] [--context N] [--key-stdin]
                          | remove NAME      model servers: Ollama, LM Studio, Jan, llama-server on this PC,
                                             and OpenAI-compatible servers added by address; one on your
                                             network goes through consent and redaction unless --trusted
              zhiku embeddings [list [--json]] | use MODEL --engine NAME [--query-prefix TEXT] | use bundled
                                                     which model's vectors search uses; use embeds every
                                                     passage again with a server's model (Ollama /api/embed,
                                                     /v1/embeddings) while search keeps the old vectors, then
                                                     switches; stopped, the same command resumes
              zhiku embeddings rerank MODEL --engine NAME | rerank off
                                                     reorder the best 20 passages of every search with a
                                                     server's reranker (llama-server /v1/rerank); off by default
              zhiku bench llm (--model FILE | --synthetic)   load, prompt and decode speed, first token
                  --rag CORPUS_HOME [--questions 20] [--context-tokens N] [--answer-tokens N]   real answers over
                                                     an indexed corpus: first token and whole answer, p50/p95,
                                                     prompt sizes
              zhiku bench index [--home DIR] [--keyword-only] [--no-reference] PATH
                                                     indexing speed, per stage, peak heap; ratio to plain Tika+Lucene
              zhiku bench search [--sizes 1000,10000] hybrid search latency on a generated corpus
              zhiku bench serve [--home DIR] [--clients N] [--seconds S] [--keyword-only] DIR
                                                     requests/s and latency of zhiku serve without a model
                                                     (extractive answers), N clients (default 4) for S s (20)
              zhiku bench cloud [--runs N]           escalation overhead on this PC (remote model excluded)
              zhiku bench viewer [--mb 50] [--pages 5000]  opening a long text / PDF in the source viewer
              zhiku bench startup [--runs N]         cold start to a usable window, idle memory
              zhiku bench ui [--home DIR] [--keyword-only] DIR  FX-thread stalls while indexing and chatting
              zhiku --version | --help

            The home folder (--home or ZHIKU_HOME) holds the index, the catalog, models and logs;
            by default ~/.local/share/zhiku (Linux), %APPDATA%\\Zhiku (Windows),
            ~/Library/Application Support/Zhiku (macOS).
            Exit codes: 0 success (also when some files could not be indexed), 2 bad usage, 1 other errors.""";

    private Usage() {
    }
}
