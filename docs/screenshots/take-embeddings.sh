#!/usr/bin/env bash
# Screenshots of Models › Embedding model while a switch that was interrupted resumes by itself: a home of 60 notes,
# the tests' Ollama stand-in on loopback (StandInServer.java; Ollama cannot be installed here) added as "ollama-pc",
# `zhiku embeddings use bge-m3 --engine ollama-pc` killed after its first commit, then the window started; the
# stand-in holds the window's requests after three more commits, so the progress line stays put for the picture.
# Writes models-embeddings-en-1280.png and models-embeddings-zh-1920.png (ZHIKU_SCREENSHOT_SHOTS="LANG:WxH ...").
# Needs Xvfb and ImageMagick's import (apt-get install xvfb imagemagick libgtk-3-0 fonts-noto-cjk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/.mvn/select-jdk.sh"
app="$root/desktop-app/target"
[ -d "$app/lib" ] && [ -d "$app/test-classes" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)
for tool in Xvfb import; do
  command -v "$tool" >/dev/null || { echo "take-embeddings.sh: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
java=("$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx768m
  -XX:+UseSerialGC -cp "$app/classes:$app/lib/*" dev.zhiku.app.Main)
display=:${ZHIKU_SCREENSHOT_DISPLAY:-96}
work=$(mktemp -d)
server="" xvfb="" window=""
trap 'kill $window $xvfb $server 2>/dev/null || true; exec 3>&- 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/docs" "$work/user"
topics=("tea harvest in Hangzhou" "copper wire in old harbours" "glaciers and granite" "龙井茶的采摘时间" "港口的铜线")
for i in $(seq 0 59); do
  t=${topics[$((i % ${#topics[@]}))]}
  printf '# Note %s: %s\n\nThis note tells of %s and what came after, in the year %s.\n' "$i" "$t" "$t" "$((1900 + i))" \
    > "$work/docs/note-$i.md"
done
"${java[@]}" index --home "$work/home" --quiet "$work/docs" >/dev/null 2>&1
mkfifo "$work/control"
"$JAVA_HOME/bin/java" -cp "$app/test-classes:$app/classes:$app/lib/*" "$here/StandInServer.java" "$work/address" \
  < "$work/control" >/dev/null 2>&1 &
server=$!
exec 3>"$work/control"
for _ in $(seq 1 60); do [ -s "$work/address" ] && break; sleep 1; done
"${java[@]}" engines add "$(cat "$work/address")" --name ollama-pc --home "$work/home" >/dev/null 2>&1
echo "hold 10" >&3 # the probe and eight sources (one commit), then the next request waits
"${java[@]}" embeddings use bge-m3 --engine ollama-pc --home "$work/home" > "$work/use.log" 2>&1 &
use=$!
for _ in $(seq 1 120); do grep -q "passages (" "$work/use.log" && break; sleep 1; done
kill -9 "$use"; wait "$use" 2>/dev/null || true
for shot in ${ZHIKU_SCREENSHOT_SHOTS:-en:1280x800 zh:1920x1080}; do
  lang=${shot%%:*} size=${shot#*:}
  width=${size%x*} height=${size#*x}
  Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  home="$work/home-$lang-$width"
  cp -a "$work/home" "$home"
  printf 'ui.language=%s\nui.theme=light\nui.window.x=0\nui.window.y=0\nui.window.width=%s\nui.window.height=%s\n' \
    "$lang" "$width" "$height" > "$home/settings.properties"
  echo "hold 25" >&3 # the window's probe and three commits
  DISPLAY=$display "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -Xmx768m -XX:+UseSerialGC -Dzhiku.ui.screen=models -Duser.home="$work/user" -cp "$app/classes:$app/lib/*" \
    dev.zhiku.app.Main --home "$home" >/dev/null 2>&1 &
  window=$!
  sleep "${ZHIKU_SCREENSHOT_WAIT:-25}"
  DISPLAY=$display import -window root -depth 8 "$here/models-embeddings-$lang-$width.png"
  kill "$window"; wait "$window" 2>/dev/null || true
  window=""
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
  xvfb=""
done
echo "take-embeddings.sh: wrote $here/models-embeddings-*.png"
