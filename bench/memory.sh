#!/usr/bin/env bash
# Measures whether `ccoin import` stays inside a heap of storage.state_memory_mb plus a fixed margin over a long,
# growing chain (ccoin bench memory), in one run:
#
#   1. generates a chain of 100 000 blocks of 2 transfers each, every transfer to a new account (200 000 accounts);
#   2. imports it into a fresh data dir in a child JVM with -Xmx = state_memory_mb (16) + margin (64) MiB,
#      -XX:+ExitOnOutOfMemoryError and a GC log, state_commit_blocks above the chain's length, so only the memory
#      bound commits;
#   3. prints whether the import finished, the most state it held against the bound, the heap after collections
#      (from the GC log) and the heights it committed.
#
# Target in the issue: the heap stays under state_memory_mb + a fixed margin while importing 100 000 blocks. Figures
# are measured, never asserted: the exit code is 0 whatever they are. The import's wait is bounded (--timeout,
# default 1800 s). ImportMemoryProbeTest runs the same probe over 1 500 blocks in the test suite.
#
# Usage: bench/memory.sh [ccoin bench memory options, e.g. --blocks 100000 --state-memory-mb 16 --heap-margin-mb 64]
# Environment: BUILD_DIR (default: target) selects cli/$BUILD_DIR/ccoin.jar, built when missing;
#   MEMORY_DIR (default: /tmp/ccoin-bench-memory; wiped first if it holds an earlier run) keeps the chain, the data
#   dir and the logs for a look afterwards; JAVA_OPTS (the generating JVM's, not the import's).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${BUILD_DIR:-target}"
jar="$root/cli/$build_dir/ccoin.jar"
dir="${MEMORY_DIR:-/tmp/ccoin-bench-memory}"

case "${1:-}" in
  -h|--help)
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
esac

command -v java >/dev/null || { echo "memory.sh: 'java' is not on PATH" >&2; exit 1; }
if [ ! -f "$jar" ]; then
  echo "memory.sh: building $jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests "-Dbuild.dir=$build_dir" package -pl cli -am >&2)
fi
if [ -e "$dir" ]; then
  if [ -f "$dir/chain.bin" ] || [ -z "$(ls -A "$dir")" ]; then
    rm -rf "$dir"
  else
    echo "memory.sh: $dir exists and is not an earlier run; choose another MEMORY_DIR" >&2
    exit 1
  fi
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java --add-opens java.base/sun.security.provider=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$jar" bench memory --dir "$dir" "$@"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; chain, data dir and logs in $dir"
