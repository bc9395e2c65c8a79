# Sourced by the benchmarks: compiles the tests and sets $java (a JDK 21 or newer: JAVA_HOME when it is one,
# else the newest under /usr/lib/jvm) and $classpath (the test classes and every dependency).
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release" 2>/dev/null || echo 0)" -lt 21 ]; then
  java_home=""
  for candidate in $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    if [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release" 2>/dev/null || echo 0)" -ge 21 ] && [ -x "$candidate/bin/java" ]; then
      java_home="$candidate"; break
    fi
  done
fi
if [ -z "$java_home" ]; then
  echo "no JDK 21 or newer found (set JAVA_HOME)" >&2
  exit 1
fi
java="$java_home/bin/java"
./mvnw -q -B -DskipTests -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"
