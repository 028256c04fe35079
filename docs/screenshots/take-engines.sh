#!/usr/bin/env bash
# Screenshot of the Models screen with a model server: a second home's `zhiku serve` on loopback added as an engine
# and chosen for answers, into docs/screenshots/models-engines-en.png.
# Needs Xvfb and ImageMagick's import (apt-get install xvfb imagemagick libgtk-3-0 fonts-noto-cjk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/.mvn/select-jdk.sh"
app="$root/desktop-app/target"
[ -d "$app/lib" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)
for tool in Xvfb import; do
  command -v "$tool" >/dev/null || { echo "take-engines.sh: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
java=("$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx512m
  -XX:+UseSerialGC -cp "$app/classes:$app/lib/*" dev.zhiku.app.Main)
display=:${ZHIKU_SCREENSHOT_DISPLAY:-96}
width=1100 height=720 port=${ZHIKU_SCREENSHOT_PORT:-18777} token=screenshot-token
work=$(mktemp -d)
Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
serve=""
trap 'kill "$xvfb" $serve 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/docs" "$work/user"
printf '# Tea\n\nThe best Longjing leaves are picked before the Qingming festival.\n' > "$work/docs/tea.md"
"${java[@]}" index --home "$work/second" --keyword-only --quiet "$work/docs" >/dev/null 2>&1
"${java[@]}" index --home "$work/home" --keyword-only --quiet "$work/docs" >/dev/null 2>&1
"${java[@]}" serve --home "$work/second" --port "$port" --token "$token" --no-llm >/dev/null 2>&1 &
serve=$!
sleep "${ZHIKU_SCREENSHOT_WAIT:-6}"
echo "$token" | "${java[@]}" engines add "http://127.0.0.1:$port/v1" --name second-zhiku --key-stdin \
  --home "$work/home" >/dev/null 2>&1
"${java[@]}" models use zhiku-extractive --engine second-zhiku --home "$work/home" >/dev/null 2>&1
printf 'ui.language=en\nui.theme=light\nui.window.x=0\nui.window.y=0\nui.window.width=%s\nui.window.height=%s\n' \
  "$width" "$height" > "$work/home/settings.properties"
DISPLAY=$display HOME="$work/user" "${java[@]:0:6}" -Dzhiku.ui.screen=models -Duser.home="$work/user" \
  "${java[@]:6}" --home "$work/home" >/dev/null 2>&1 &
ui=$!
sleep "${ZHIKU_SCREENSHOT_WAIT:-6}"
sleep 4
DISPLAY=$display import -window root -depth 8 "$here/models-engines-en.png"
kill "$ui" 2>/dev/null || true
wait "$ui" 2>/dev/null || true
ls -l "$here/models-engines-en.png"
