#!/usr/bin/env bash
# Measures how fast a chain gets into a node, by import and by P2P sync (ccoin bench sync), in one run:
#
#   1. generates a chain of 10 000 small blocks (one signed transfer each) and its block stream, as `ccoin export`
#      writes it;
#   2. times `ccoin import` of it into a fresh data dir (a child process, from start to exit);
#   3. starts that data dir as a basic node, starts a fresh basic node with --bootnodes pointing at it over
#      loopback, and times the fresh node from its start until /status says SYNCED at the same head;
#   4. repeats 2-3 (--runs, default 3, fresh data dirs each time) and compares the medians.
#
# Target in the issue: sync/import >= 0.8 (blocks/s). Figures are measured, never asserted: the exit code is 0
# whatever they are. Every wait is bounded (--timeout, default 900 s each).
#
# Usage: bench/sync.sh [ccoin bench sync options, e.g. --blocks 10000 --runs 3 --transactions-per-block 1]
# Environment: BUILD_DIR (default: target) selects cli/$BUILD_DIR/ccoin.jar, built when missing;
#   SYNC_DIR (default: /tmp/ccoin-bench-sync; wiped first if it holds an earlier run) keeps the chain, the data
#   dirs and the logs for a look afterwards; JAVA_OPTS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${BUILD_DIR:-target}"
jar="$root/cli/$build_dir/ccoin.jar"
dir="${SYNC_DIR:-/tmp/ccoin-bench-sync}"

case "${1:-}" in
  -h|--help)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
esac

command -v java >/dev/null || { echo "sync.sh: 'java' is not on PATH" >&2; exit 1; }
if [ ! -f "$jar" ]; then
  echo "sync.sh: building $jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests "-Dbuild.dir=$build_dir" package -pl cli -am >&2)
fi
if [ -e "$dir" ]; then
  if [ -f "$dir/chain.bin" ] || [ -z "$(ls -A "$dir")" ]; then
    rm -rf "$dir"
  else
    echo "sync.sh: $dir exists and is not an earlier run; choose another SYNC_DIR" >&2
    exit 1
  fi
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java --add-opens java.base/sun.security.provider=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$jar" bench sync --dir "$dir" "$@"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; chain, data dirs and logs in $dir"
