#!/usr/bin/env bash
# Screenshots of the desktop window: Welcome and Settings, light/dark × English/Chinese, into docs/screenshots/.
# Needs Xvfb and ImageMagick's import (apt-get install xvfb imagemagick libgtk-3-0 fonts-noto-cjk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/.mvn/select-jdk.sh"
app="$root/desktop-app/target"
[ -d "$app/lib" ] || (cd "$root" && ./mvnw -q -o install -DskipTests)
for tool in Xvfb import; do
  command -v "$tool" >/dev/null || { echo "take.sh: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
display=:${ZHIKU_SCREENSHOT_DISPLAY:-97}
width=1100 height=720
Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
shoot() { # screen language theme
  local screen=$1 lang=$2 theme=$3 home="$work/$1-$2-$3"
  mkdir -p "$home"
  printf 'ui.language=%s\nui.theme=%s\nui.window.x=0\nui.window.y=0\nui.window.width=%s\nui.window.height=%s\n' \
    "$lang" "$theme" "$width" "$height" > "$home/settings.properties"
  DISPLAY=$display HOME="$work/user" "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector \
    --enable-native-access=ALL-UNNAMED -Xmx512m -XX:+UseSerialGC -Dzhiku.ui.screen="$screen" -Duser.home="$work/user" \
    -cp "$app/classes:$app/lib/*" dev.zhiku.app.Main --home "$home" >/dev/null 2>&1 &
  local pid=$!
  sleep "${ZHIKU_SCREENSHOT_WAIT:-6}"
  DISPLAY=$display import -window root -depth 8 "$here/$screen-$lang-$theme.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
mkdir -p "$work/user/Documents" "$work/user/Downloads"
for lang in en zh; do
  for theme in light dark; do
    shoot welcome "$lang" "$theme"
    shoot settings "$lang" "$theme"
  done
done
ls -l "$here"/*.png
