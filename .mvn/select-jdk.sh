# Sourced by ./mvnw, ./zhiku and .ci/run: makes JAVA_HOME point at a JDK 25 or newer.
# Machines often have an older default JDK (17) with a JDK 25 installed beside it.
zhiku_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
zhiku_select_jdk() {
  ( set +f
    for candidate in "${ZHIKU_JAVA_HOME-}" "${JAVA_HOME-}" /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* \
        /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
      [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
      major=$(zhiku_java_major "$candidate")
      if [ -n "$major" ] && [ "$major" -ge 25 ]; then printf '%s\n' "$candidate"; exit 0; fi
    done
    exit 1 )
}
if zhiku_jdk=$(zhiku_select_jdk); then
  JAVA_HOME="$zhiku_jdk"
  export JAVA_HOME
else
  echo "Zhiku needs JDK 25 or newer: install one (e.g. Temurin 25) or set ZHIKU_JAVA_HOME." >&2
  exit 1
fi
