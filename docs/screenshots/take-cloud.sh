#!/usr/bin/env bash
# Screenshots of the cloud escalation (Settings › Cloud, the consent preview, a cloud answer below a local one, the
# audit log), English and Chinese, into docs/screenshots/. A real `zhiku serve` on loopback stands in for the cloud.
# Drives the window with xdotool at fixed coordinates of a 1100×720 screen: if the layout changes, adjust them.
# Needs Xvfb, xdotool and ImageMagick's import (apt-get install xvfb xdotool imagemagick libgtk-3-0 fonts-noto-cjk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/.mvn/select-jdk.sh"
app="$root/desktop-app/target"
[ -d "$app/lib" ] || (cd "$root" && ./mvnw -q -o package -pl desktop-app -am -DskipTests)
for tool in Xvfb import xdotool; do
  command -v "$tool" >/dev/null || { echo "take-cloud.sh: $tool is missing" >&2; exit 1; }
done
export DISPLAY=:${ZHIKU_SCREENSHOT_DISPLAY:-97}
port=${ZHIKU_SCREENSHOT_PORT:-18080}
token=demo-token-1
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
java=("$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx768m
  -XX:+UseSerialGC -Duser.home="$work/user" -cp "$app/classes:$app/lib/*")

mkdir -p "$work/docs" "$work/cloud-docs" "$work/user/Documents"
cat > "$work/docs/chairs.md" <<'DOC'
# Office chairs

The supplier of the office chairs is Hangzhou Seating. Our contact there is Li Wei,
e-mail li.wei@seating.example.com, phone 138 1234 5678. Each office chair costs 800 yuan,
and delivery takes 14 days after the order.
DOC
cat > "$work/docs/合同.md" <<'DOC'
# 供货合同

第二条：付款期限为交货后三十天。联系人：王芳，邮箱 wang.fang@example.cn，电话 139 8765 4321。
逾期付款每月罚息百分之一。
DOC
cat > "$work/cloud-docs/general.md" <<'DOC'
# Office furniture

Office chairs from a supplier are usually delivered within two weeks of the order. A good supplier names one
contact person for each order, reachable by e-mail and phone.
DOC
"${java[@]}" dev.zhiku.app.Main index --home "$work/home" --keyword-only --quiet "$work/docs" >/dev/null 2>&1
"${java[@]}" dev.zhiku.app.Main index --home "$work/cloud" --keyword-only --quiet "$work/cloud-docs" >/dev/null 2>&1
"${java[@]}" dev.zhiku.app.Main serve --home "$work/cloud" --keyword-only --port "$port" --token "$token" \
  >/dev/null 2>&1 &
pids+=($!)
Xvfb "$DISPLAY" -screen 0 1100x720x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 3
kill -0 "${pids[-1]}" 2>/dev/null || { echo "take-cloud.sh: Xvfb could not start on $DISPLAY" >&2; exit 1; }

start() { # language screen
  printf 'ui.language=%s\nui.theme=light\nui.window.x=0\nui.window.y=0\nui.window.width=1100\nui.window.height=720\n' \
    "$1" > "$work/home/settings.properties"
  "${java[@]}" -Dzhiku.ui.screen="$2" dev.zhiku.app.Main --home "$work/home" >/dev/null 2>&1 &
  appPid=$!
  pids+=("$appPid")
  sleep "${ZHIKU_SCREENSHOT_WAIT:-12}"
}
stop() { kill "$appPid" 2>/dev/null || true; wait "$appPid" 2>/dev/null || true; sleep 1; }
shot() { import -window root -depth 8 "$here/$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-1}"; }
scroll() { xdotool mousemove 640 400; for _ in $(seq 1 "$2"); do xdotool click "$1"; done; sleep 1; }
typeIn() { xdotool type --delay 30 "$1"; }
ask() { click 290 95; click 690 620 0.5; typeIn "$1"; xdotool key Return; sleep 5; }

# English: set up the service in Settings › Cloud (the key goes to the encrypted store), then ask.
start en settings
scroll 5 30
click 700 296 0.3; typeIn "http://127.0.0.1:$port/v1"
click 700 388 0.3; typeIn "zhiku-extractive"
click 620 440 0.3; typeIn "$token"
click 700 540 0.3; typeIn "Hangzhou Seating"
click 247 647 2
scroll 4 30; scroll 5 11
shot settings-cloud
click 38 77
ask "Who is our contact for the office chairs?"
click 955 202 3; shot cloud-consent-en
click 227 659; shot cloud-consent-edit
click 617 659
click 955 202 3; click 712 659 5; shot cloud-answer
click 50 667 2; scroll 5 30; click 337 647 2; click 300 163; shot audit-log
stop

# Chinese.
start zh chat
ask "合同的付款期限是多少？联系人是谁？"
click 973 185 3; shot cloud-consent-zh
click 712 641 5; shot cloud-answer-zh
click 36 667 2; scroll 5 11; shot settings-cloud-zh
scroll 5 30; click 326 647 2; click 300 163; shot audit-log-zh
stop
ls -l "$here"/cloud-*.png "$here"/settings-cloud*.png "$here"/audit-log*.png
