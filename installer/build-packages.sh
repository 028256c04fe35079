#!/usr/bin/env bash
# Builds Zhiku's native packages with jlink + jpackage. Called by `./mvnw -Pinstaller package` (exec-maven-plugin,
# installer/pom.xml) after maven-dependency-plugin has copied the app jar and its runtime jars to target/input.
# Usage: build-packages.sh TARGET_DIR POM_VERSION [TYPES]
#   TYPES: space-separated jpackage types; default per OS: Linux "app-image deb rpm" (rpm only where rpmbuild
#   exists), Windows "app-image msi", macOS "app-image dmg". ZHIKU_PACKAGE_TYPES overrides it too.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$(cd "$1" && pwd)
pom_version=$2
types=${3:-${ZHIKU_PACKAGE_TYPES:-}}
: "${JAVA_HOME:?JAVA_HOME must point at a JDK 25 (./mvnw sets it)}"
jbin="$JAVA_HOME/bin"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "build-packages: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) echo "build-packages: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
if [ -z "$types" ]; then
  case $os in
    linux) types="app-image deb"; command -v rpmbuild >/dev/null && types="$types rpm" ;;
    windows) types="app-image msi" ;;
    mac) types="app-image dmg" ;;
  esac
fi

# jpackage wants 1-3 numbers: 0.1.0-SNAPSHOT -> 0.1.0. macOS refuses a first number of 0 (CFBundleVersion), so
# a 0.x.y release is numbered 1.x.y inside the macOS bundle only; `zhiku --version` always shows the POM version.
app_version=${pom_version%%-*}
[ $os = mac ] && [[ $app_version == 0.* ]] && app_version="1.${app_version#0.}"

# The modules the app needs (fixed list, checked by verify-deb.sh: index + search + ask + --self-test).
# jdeps cannot resolve the full class path (optional dependencies of Tika's parsers are absent), see README.
modules=$(grep -v '^#' "$here/jlink-modules.txt" | tr -s ' \n' ',' | sed 's/^,//; s/,$//')
# docs/architecture.md, "Runtime flags": the flags every Zhiku JVM needs, plus the launcher's heap and GC choices.
java_options=(--add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx1g -XX:+UseSerialGC
  -XX:MetaspaceSize=128m -Xshare:auto)

stage="$target/stage"
rm -rf "$stage" "$target/runtime" "$target/jpackage" "$target/icons"
mkdir -p "$stage/input" "$stage/content" "$target/jpackage"

echo "== jars: copy and drop the native libraries of other platforms"
cp "$target"/input/*.jar "$stage/input/"
slim() { local jar; jar=$(ls "$stage"/input/$1 2>/dev/null | head -n 1) || true; [ -n "$jar" ] || return 0
  shift; "$jbin/java" "$here/src/build/JarSlimmer.java" "$jar" "$@"; }
case $os-$arch in
  linux-x64) ort=linux-x64 tok=linux-x86_64 ll=Linux/x86_64 ;;
  linux-aarch64) ort=linux-aarch64 tok=linux-aarch64 ll=Linux/aarch64 ;;
  mac-x64) ort=osx-x64 tok=osx-x86_64 ll=Mac/x86_64 ;;
  mac-aarch64) ort=osx-aarch64 tok=osx-aarch64 ll=Mac/aarch64 ;;
  windows-x64) ort=win-x64 tok=win-x86_64 ll=Windows/x86_64 ;;
  *) echo "build-packages: no native-library table for $os-$arch" >&2; exit 1 ;;
esac
others() { local keep=$1 prefix=$2; shift 2; for d in "$@"; do [ "$d" = "$keep" ] || printf '%s%s/\n' "$prefix" "$d"; done; }
mapfile -t drop < <(others $ort ai/onnxruntime/native/ win-x64 osx-x64 osx-aarch64 linux-x64 linux-aarch64)
slim 'onnxruntime-*.jar' "${drop[@]}"
mapfile -t drop < <(others $tok native/lib/ win-x86_64 osx-x86_64 osx-aarch64 linux-x86_64 linux-aarch64)
slim 'tokenizers-*.jar' "${drop[@]}"
mapfile -t drop < <(others $ll de/kherud/llama/ Linux/x86_64 Linux/aarch64 Linux-Android/aarch64 Mac/x86_64 \
  Mac/aarch64 Windows/x86_64 Windows/x86)
slim 'llama-*.jar' "${drop[@]}"

echo "== icons (Java2D: 知 on a rounded square)"
"$jbin/java" -Djava.awt.headless=true "$here/src/build/IconMaker.java" "$target/icons"
mkdir -p "$stage/content/icons"
cp "$target"/icons/zhiku-{16,22,24,32,48,64,128,256,512}.png "$stage/content/icons/"

echo "== licence and third-party notices"
root=$(cd "$here/.." && pwd)
cp "$root/LICENSE" "$stage/content/LICENSE"
python3 "$here/third-party-notices.py" "$target/dependencies.txt" "$stage/content/THIRD-PARTY-NOTICES.txt"
cp "$stage/content/THIRD-PARTY-NOTICES.txt" "$target/THIRD-PARTY-NOTICES.txt"

echo "== jlink: $modules"
"$jbin/jlink" --add-modules "$modules" --output "$target/runtime" --strip-debug --no-header-files \
  --no-man-pages --compress=zip-6 --include-locales=en,zh --generate-cds-archive
# The launcher caps the heap at 1 GB, so compressed oops are always on: the no-coops CDS archive is dead weight.
rm -f "$target"/runtime/lib/server/classes_nocoops.jsa

main_jar=$(cd "$stage/input" && ls zhiku-desktop-app-*.jar)
name=zhiku
[ $os = linux ] || name=Zhiku
icon="$target/icons/zhiku-512.png"
[ $os = windows ] && icon="$target/icons/zhiku.ico"
[ $os = mac ] && icon="$target/icons/zhiku.icns"
common=(--name "$name" --app-version "$app_version" --vendor "Zhiku" --copyright "Copyright 2025 the Zhiku authors"
  --description "Private AI assistant for the documents on your own PC (知库)")

echo "== jpackage app-image"
jopts=()
for o in "${java_options[@]}"; do jopts+=(--java-options "$o"); done
extra=()
[ $os = windows ] && extra+=(--add-launcher "zhiku-cli=$here/src/windows/zhiku-cli.properties")
[ $os = mac ] && extra+=(--mac-package-identifier dev.zhiku.app --mac-package-name Zhiku)
"$jbin/jpackage" --type app-image "${common[@]}" --dest "$target/jpackage" --input "$stage/input" \
  --main-jar "$main_jar" --main-class dev.zhiku.app.Main --runtime-image "$target/runtime" "${jopts[@]}" \
  --icon "$icon" --app-content "$stage/content/icons,$stage/content/LICENSE,$stage/content/THIRD-PARTY-NOTICES.txt" \
  "${extra[@]}"
app_image=$(ls -d "$target/jpackage/$name"*)

for type in $types; do
  [ "$type" = app-image ] && continue
  echo "== jpackage $type"
  opts=()
  case $type in
    deb|rpm)
      # Debian 12 names: libgtk-3-0 (Ubuntu 24.04 provides it from libgtk-3-0t64); a CJK font for Chinese text.
      deps="libgtk-3-0, fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"
      [ $type = rpm ] && deps="gtk3, google-noto-sans-cjk-ttc-fonts"
      opts=(--resource-dir "$here/src/linux" --linux-package-deps "$deps" --linux-shortcut
        --linux-menu-group "Office;Utility;" --linux-app-category utils --linux-app-release 1
        --linux-deb-maintainer zhiku@example.invalid --about-url "https://github.com/zhiku/zhiku")
      [ $type = rpm ] && opts+=(--linux-rpm-license-type "ASL 2.0") ;;
    msi)
      opts=(--win-per-user-install --win-menu --win-menu-group Zhiku --win-shortcut --win-shortcut-prompt
        --win-upgrade-uuid 6b1b3c1e-7f0e-4c55-9d0a-2a6a3f1d5e11) ;;
    dmg)
      opts=(--mac-package-identifier dev.zhiku.app --mac-package-name Zhiku) ;;
  esac
  DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip} "$jbin/jpackage" --type "$type" "${common[@]}" \
    --dest "$target/jpackage" --app-image "$app_image" --icon "$icon" --license-file "$root/LICENSE" "${opts[@]}"
done

echo "== produced"
ls -l "$target/jpackage"
du -sh "$app_image"
