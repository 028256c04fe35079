#!/usr/bin/env bash
# Zhiku's bundled engine against a current llama.cpp (node-llama-cpp, a benchmark peer only), on the same
# random-weight GGUF file, the same thread count and the same prompts, alternating runs so both see the same
# machine. Prints the medians of each and their ratio.
# Usage: bench/node-llama/run.sh [--shape 0.5b|1.5b] [--threads N] [--runs N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shape=0.5b threads=2 runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --shape) shape=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--shape 0.5b|1.5b] [--threads N] [--runs N]" >&2; exit 2 ;;
  esac
done
command -v node >/dev/null || { echo "node is not installed: nothing to compare with" >&2; exit 1; }
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
home=${ZHIKU_BENCH_HOME:-$root/desktop-app/target/bench-llm-home}
mkdir -p "$home"
model="$home/cache/bench-qwen2.5-$shape-shape-q4_0.gguf"
zhiku_out=$(mktemp) node_out=$(mktemp)
trap 'rm -f "$zhiku_out" "$node_out"' EXIT
for ((i = 0; i < runs; i++)); do
  "$root/zhiku" bench llm --synthetic --shape "$shape" --threads "$threads" --home "$home" 2>/dev/null >> "$zhiku_out"
  node "$here/bench.mjs" "$model" "$threads" 1 >> "$node_out"
done
python3 - "$zhiku_out" "$node_out" <<'PY'
import json, re, statistics, sys
zhiku = open(sys.argv[1]).read()
decode = [float(x) for x in re.findall(r"^decode\s+([\d.]+) tokens/s", zhiku, re.M)]
prompt = [float(x) for x in re.findall(r"^prompt\s+([\d.]+) tokens/s", zhiku, re.M)]
first = [float(x) for x in re.findall(r"^first token\s+(\d+) ms", zhiku, re.M)]
node = [json.loads(line) for line in open(sys.argv[2]) if line.startswith("{")]
nd = [n["decodeTokensPerSecond"] for n in node]
np_ = [n["promptTokensPerSecond"] for n in node]
nf = [n["firstTokenMs512"] for n in node]
med = statistics.median
print(f"runs: {len(decode)} Zhiku, {len(node)} {node[0]['engine'] if node else 'node-llama-cpp'} (alternating)")
print(f"{'':28}{'Zhiku':>10}{'node':>10}{'Zhiku/node':>12}")
print(f"{'decode, tokens/s':28}{med(decode):10.1f}{med(nd):10.1f}{med(decode) / med(nd):12.2f}")
print(f"{'prompt (1,000 tok), tok/s':28}{med(prompt):10.1f}{med(np_):10.1f}{med(prompt) / med(np_):12.2f}")
print(f"{'first token (512 tok), ms':28}{med(first):10.0f}{med(nf):10.0f}{med(nf) / med(first):12.2f}")
print("(the last column is Zhiku's speed as a share of node's: for first token, node's time / Zhiku's time)")
PY
