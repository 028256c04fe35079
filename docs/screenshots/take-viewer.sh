#!/usr/bin/env bash
# Screenshots of the source viewer and the chat layout (1280 and 1920 px, with and without the source panel,
# English and Chinese) into docs/screenshots/. The window runs on GTK under Xvfb; each picture is the window's
# scene as rendered. Needs Xvfb (apt-get install xvfb libgtk-3-0 fonts-noto-cjk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/.mvn/select-jdk.sh"
app="$root/desktop-app/target"
(cd "$root" && ./mvnw -q -B -o -DskipTests package -pl desktop-app -am && ./mvnw -q -B -o test-compile -pl desktop-app)
command -v Xvfb >/dev/null || { echo "take-viewer.sh: Xvfb is missing (apt-get install xvfb)" >&2; exit 1; }
display=:${ZHIKU_SCREENSHOT_DISPLAY:-96}
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
DISPLAY=$display HOME="$work/user" "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -Xmx768m -XX:+UseSerialGC -Dglass.platform=gtk -Duser.home="$work/user" \
  -cp "$app/test-classes:$app/classes:$app/lib/*" dev.zhiku.app.cli.ViewerScreenshotTour "$here" "$work/tour"
