# JDK lookup shared by ./crmgap and releng/org.crmgap.codegen/generate (sourced, not run).
# find_jdk exports JAVA_HOME (the given JAVA_HOME when it is a JDK 21 or newer, else the newest such JDK under
# /usr/lib/jvm) and JAVA_MAJOR; returns 1 with what to install when there is none.
# maven_jvm_options adds to MAVEN_OPTS what Maven needs on that JDK.

# A JDK's major version: JAVA_VERSION in its release file ("21.0.8", "1.8.0_462"), else what its java prints.
java_major() {
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release"
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p'
  fi
}

# A JDK (with javac: both scripts compile) of major version 21 or newer.
is_jdk21() {
  local major
  major=$(java_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$1/bin/javac" ]
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
    JAVA_MAJOR=$(java_major "$JAVA_HOME")
    export JAVA_HOME JAVA_MAJOR
    return 0
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    major=$(java_major "$dir")
    if is_jdk21 "$dir" && [ "$major" -gt "$best_major" ]; then
      best=$dir best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "needs a JDK 21 or newer: set JAVA_HOME to one, or install it (apt-get install openjdk-21-jdk-headless)" >&2
    return 1
  fi
  export JAVA_HOME=$best JAVA_MAJOR=$best_major
}

# Maven's Guice warns about sun.misc.Unsafe on JDK 24+; the flag does not exist before 24.
maven_jvm_options() {
  if [ "${JAVA_MAJOR:-0}" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *" --sun-misc-unsafe-memory-access=allow "*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}
