#!/usr/bin/env bash
# Installs the built .deb with the system package manager, checks the installed app end to end with no network,
# measures install time and first start, uninstalls, prints a summary. Builds nothing. Needs root (apt-get).
# Usage: installer/verify-deb.sh [path/to/zhiku_*.deb]    (default: installer/target/jpackage/zhiku_*.deb)
# Exit code: 0 when every check passed, 1 otherwise.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
deb=${1:-$(ls "$here"/target/jpackage/zhiku_*.deb 2>/dev/null | head -n 1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "verify-deb: no .deb (build it: ./mvnw -Pinstaller package)" >&2; exit 1; }
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
[ "$(id -u)" = 0 ] || { echo "verify-deb: run as root (apt-get install)" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive

failures=0
summary=()
pass() { summary+=("PASS  $*"); echo "PASS  $*"; }
fail() { summary+=("FAIL  $*"); echo "FAIL  $*" >&2; failures=$((failures + 1)); }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# No network at all: a fresh network namespace with only the loopback interface (H2 serves its own file to the
# app's other processes on 127.0.0.1, which is not network). Without unshare/ip the checks run as they are.
offline=()
if unshare -n sh -c 'ip link set lo up' 2>/dev/null; then
  offline=(unshare -n sh -c 'ip link set lo up && exec "$@"' offline)
fi
offline_note=${offline:+", offline"}

work=$(mktemp -d /tmp/zhiku-verify.XXXXXX)
export ZHIKU_HOME="$work/home"
log="$work/log"
trap 'echo "verify-deb: logs in $work" >&2' EXIT

size_mb=$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1048576 }')
if awk -v s="$size_mb" 'BEGIN { exit !(s <= 200) }'; then pass "package size $size_mb MB (goal <= 200 MB)"
else fail "package size $size_mb MB exceeds 200 MB"; fi

if dpkg -s zhiku >/dev/null 2>&1; then
  echo "verify-deb: removing an installed zhiku first"
  apt-get remove -y -qq zhiku >/dev/null 2>&1
fi

t0=$(now)
if apt-get install -y -qq --no-install-recommends "$deb" >"$log.install" 2>&1; then
  install_s=$(secs "$t0" "$(now)")
  pass "apt-get install ($install_s s)"
else
  fail "apt-get install failed (see $log.install)"; tail -20 "$log.install" >&2
  printf '%s\n' "${summary[@]}"; exit 1
fi

# Layout: command on the PATH, desktop entry, icons, JVM options, licence, notices.
[ "$(command -v zhiku)" = /usr/bin/zhiku ] && pass "zhiku on the PATH (/usr/bin/zhiku)" || fail "zhiku not on the PATH"
desktop=$(ls /usr/share/applications/*zhiku*.desktop 2>/dev/null | head -n 1)
if [ -n "$desktop" ] && grep -q '^Icon=zhiku' "$desktop" && grep -q '^Exec=/opt/zhiku/bin/zhiku' "$desktop"; then
  pass "desktop entry $desktop"
else fail "desktop entry missing or wrong"; fi
icons=$(ls /usr/share/icons/hicolor/*/apps/zhiku.png 2>/dev/null | wc -l)
[ "$icons" -ge 9 ] && pass "icons in $icons hicolor sizes" || fail "icons: $icons hicolor sizes (want 9)"
cfg=/opt/zhiku/lib/app/zhiku.cfg
grep -q 'add-modules=jdk.incubator.vector' $cfg && grep -q 'enable-native-access=ALL-UNNAMED' $cfg \
  && pass "JVM options in $cfg" || fail "JVM options missing from $cfg"
[ -s /opt/zhiku/lib/LICENSE ] && [ -s /opt/zhiku/lib/THIRD-PARTY-NOTICES.txt ] \
  && pass "LICENSE and THIRD-PARTY-NOTICES.txt installed" || fail "licence files missing"
for dep in libgtk-3-0 fonts-noto-cjk; do
  dpkg-query -W -f='${Depends}' zhiku | grep -q "$dep" && pass "depends on $dep" || fail "no dependency on $dep"
done

# First start of the installed app: the first `zhiku --version` after installation.
t0=$(now)
version=$("${offline[@]}" zhiku --version 2>"$log.version")
first_start_s=$(secs "$t0" "$(now)")
pom_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$here/../pom.xml" | head -n 1)
[ "$version" = "zhiku $pom_version" ] && pass "zhiku --version = '$version' (first start $first_start_s s)" \
  || fail "zhiku --version printed '$version', want 'zhiku $pom_version'"

# A small folder of mixed files, indexed and queried with no network (embeddings come from the package).
docs="$work/docs"
mkdir -p "$docs/合同" "$docs/notes"
cat > "$docs/合同/采购合同.txt" <<'TXT'
采购合同
甲方:星河科技有限公司 乙方:远山贸易有限公司
第五条 付款期限:甲方应在收到发票后三十(30)天内支付全部货款。
第六条 违约责任:逾期付款的,每日按未付金额的万分之五支付违约金。
TXT
cat > "$docs/notes/meeting.md" <<'TXT'
# Project kickoff meeting

The team agreed that the release date of the Aurora project is 15 March. Alice owns the installer,
Bob owns the search index. The budget for cloud services is zero: everything runs locally.
TXT
cat > "$docs/notes/recipe.html" <<'TXT'
<html><head><title>Tomato soup</title></head><body><h1>Tomato soup</h1>
<p>Simmer six tomatoes with one onion for twenty minutes, then blend and season with basil.</p></body></html>
TXT
printf 'city,population\nShanghai,24870000\nBeijing,21890000\n' > "$docs/notes/cities.csv"
printf '{"service":"backup","schedule":"every night at 02:00","retention_days":14}\n' > "$docs/notes/backup.json"

t0=$(now)
if "${offline[@]}" zhiku index "$docs" >"$log.index" 2>&1; then pass "zhiku index (5 files, $(secs "$t0" "$(now)") s$offline_note)"
else fail "zhiku index failed (see $log.index)"; tail -20 "$log.index" >&2; fi

out=$("${offline[@]}" zhiku search --json "release date Aurora" 2>"$log.search")
echo "$out" | grep -q 'meeting.md' && echo "$out" | grep -q '"vectorsUsed" *: *true' \
  && pass "zhiku search finds meeting.md (semantic vectors from the bundled models used)" \
  || { fail "zhiku search did not find meeting.md"; echo "$out" | head -c 600 >&2; }

out=$("${offline[@]}" zhiku ask --json --no-llm "付款期限是多少?" 2>"$log.ask")
if echo "$out" | grep -q '"route" *: *"extractive"' && echo "$out" | grep -q '采购合同' \
    && echo "$out" | grep -q '"abstained" *: *false'; then
  pass "zhiku ask --no-llm answers extractively, citing 采购合同.txt"
else fail "zhiku ask --no-llm: unexpected answer"; echo "$out" | head -c 800 >&2; fi

# The window: rendered once under a virtual X server (real GTK), or the headless glass platform.
t0=$(now)
if command -v xvfb-run >/dev/null; then
  "${offline[@]}" timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" zhiku --self-test >"$log.selftest" 2>&1
else
  JDK_JAVA_OPTIONS="-Dglass.platform=Headless -Dprism.order=sw" "${offline[@]}" timeout 90 zhiku --self-test \
    >"$log.selftest" 2>&1
fi
rc=$?
[ $rc = 0 ] && pass "zhiku --self-test: $(grep -m1 -i 'rendered' "$log.selftest" || echo ok) ($(secs "$t0" "$(now)") s)" \
  || { fail "zhiku --self-test exited $rc"; tail -20 "$log.selftest" >&2; }

t0=$(now)
if apt-get remove -y -qq zhiku >"$log.remove" 2>&1; then pass "apt-get remove ($(secs "$t0" "$(now)") s)"
else fail "apt-get remove failed (see $log.remove)"; fi
[ ! -e /usr/bin/zhiku ] && [ ! -e /opt/zhiku/bin/zhiku ] && ! ls /usr/share/icons/hicolor/*/apps/zhiku.png >/dev/null 2>&1 \
  && pass "program, command and icons removed" || fail "files left after removal"
[ -d "$ZHIKU_HOME" ] && [ -n "$(ls -A "$ZHIKU_HOME")" ] && pass "user data kept after removal ($ZHIKU_HOME)" \
  || fail "user data gone after removal"

echo
echo "== zhiku .deb verification: $(basename "$deb")"
printf '%s\n' "${summary[@]}"
echo "size ${size_mb} MB, install ${install_s:-?} s, first start ${first_start_s:-?} s"
trap - EXIT
if [ $failures = 0 ]; then rm -rf "$work"; echo "verify-deb: all checks passed"; exit 0; fi
echo "verify-deb: $failures check(s) failed; logs in $work" >&2
exit 1
