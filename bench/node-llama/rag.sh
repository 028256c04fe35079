#!/usr/bin/env bash
# First token of real answers: Zhiku's bundled engine against a current llama.cpp (node-llama-cpp, a benchmark peer
# only) on the very prompts Zhiku built over an indexed home, same random-weight GGUF file (with Qwen2.5's real
# tokenizer, bench/qwen-tokenizer), same threads, same cached prefix per prompt. Zhiku runs first, then node replays.
# Usage: bench/node-llama/rag.sh CORPUS_HOME [--questions-file F] [--questions N] [--shape 0.5b|1.5b] [--threads N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 CORPUS_HOME [--questions-file F] [--questions N] [--shape 0.5b|1.5b] [--threads N]" >&2; exit 2; }
corpus=$1; shift
shape=0.5b threads=2 questions=20 file=()
while [ $# -gt 0 ]; do
  case "$1" in
    --shape) shape=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --questions) questions=$2; shift 2 ;;
    --questions-file) file=(--questions-file "$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v node >/dev/null || { echo "node is not installed: nothing to compare with" >&2; exit 1; }
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
tokenizer=$("$root/bench/qwen-tokenizer/fetch.sh")
home=${ZHIKU_BENCH_HOME:-$root/desktop-app/target/bench-llm-home}
prompts=$(mktemp --suffix=.jsonl)
trap 'rm -f "$prompts"' EXIT
"$root/zhiku" bench llm --synthetic --shape "$shape" --tokenizer "$tokenizer" --threads "$threads" --home "$home" \
  --rag "$corpus" "${file[@]}" --questions "$questions" --answer-tokens 1 --prompts-out "$prompts" 2>/dev/null
model=$(ls -t "$home"/cache/bench-qwen2.5-"$shape"-shape-q4_0-bpe-*.gguf | head -1)
result=$(node "$here/rag.mjs" "$model" "$prompts" "$threads")
python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"{r['prompts']} prompts, p50 {r['uncachedTokensP50']} tokens each past the cached prefix, {r['threads']} threads")
print(f"{'model first token, ms':28}{'Zhiku':>10}{'node':>10}{'Zhiku/node':>12}")
for p in ("P50", "P95"):
    z, n = r["zhikuFirstToken" + p], r["nodeFirstToken" + p]
    print(f"{p.lower():28}{z:10}{n:10}{n / z:12.2f}")
print("(the last column is Zhiku's speed as a share of node's: node's time / Zhiku's time; " + r["engine"] + ")")
PY
