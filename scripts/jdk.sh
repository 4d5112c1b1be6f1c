# shellcheck shell=bash
# Sourced by ./pcf and .ci/run: `require_jdk 21` exports JAVA_HOME for a JDK >= 21 or fails with a clear message.
# The default `java` may be older; a newer JDK installed beside it (e.g. under /usr/lib/jvm) is found and used.

jdk_candidates() {
  [[ -n ${JAVA_HOME:-} ]] && echo "$JAVA_HOME"
  if command -v java >/dev/null; then                 # the default JDK and any JDK installed beside it
    local home; home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    echo "$home"; ls -d "$(dirname "$home")"/*/ 2>/dev/null
  fi
  command -v update-alternatives >/dev/null &&
    update-alternatives --list java 2>/dev/null | xargs -r -n1 dirname | xargs -r -n1 dirname
  ls -d /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null
  return 0
}

require_jdk() {
  local want=$1 home v
  while read -r home; do
    home=${home%/}; [[ -x $home/bin/javac ]] || continue
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
    v=${v%%.*}
    if (( ${v:-0} >= want )); then export JAVA_HOME=$home PATH=$home/bin:$PATH; return 0; fi
  done < <(jdk_candidates)
  echo "No JDK $want or newer found. Install one (e.g. Temurin $want) or set JAVA_HOME to it." >&2
  return 1
}
