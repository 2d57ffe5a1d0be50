#!/usr/bin/env bash
# Measures a node's restart after kill -9 with its state uncommitted, against a restart after a clean stop
# (ccoin bench restart), in one run:
#
#   1. generates a chain of 127 blocks of 500 transfers each, every transfer to a new account, imports it and
#      serves it from a basic node;
#   2. a fresh basic node syncs it over loopback (127 blocks: under state_commit_blocks, so nothing above genesis
#      is committed) and is killed with SIGKILL;
#   3. --runs times each (default 3), alternately: a copy of the killed data dir, and a copy of one stopped cleanly,
#      started as a basic node without peers and timed from process start until /status answers and until it
#      names the head; the killed node's log says how many blocks it re-executed and in how long.
#
# Figures are measured, never asserted: the exit code is 0 whatever they are. Every wait is bounded (--timeout,
# default 600 s each).
#
# Usage: bench/restart.sh [ccoin bench restart options, e.g. --blocks 127 --transactions-per-block 500 --runs 3]
# Environment: BUILD_DIR (default: target) selects cli/$BUILD_DIR/ccoin.jar, built when missing;
#   RESTART_DIR (default: /tmp/ccoin-bench-restart; wiped first if it holds an earlier run) keeps the chain, the
#   data dirs and the logs for a look afterwards; JAVA_OPTS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${BUILD_DIR:-target}"
jar="$root/cli/$build_dir/ccoin.jar"
dir="${RESTART_DIR:-/tmp/ccoin-bench-restart}"

case "${1:-}" in
  -h|--help)
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
esac

command -v java >/dev/null || { echo "restart.sh: 'java' is not on PATH" >&2; exit 1; }
if [ ! -f "$jar" ]; then
  echo "restart.sh: building $jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests "-Dbuild.dir=$build_dir" package -pl cli -am >&2)
fi
if [ -e "$dir" ]; then
  if [ -f "$dir/chain.bin" ] || [ -z "$(ls -A "$dir")" ]; then
    rm -rf "$dir"
  else
    echo "restart.sh: $dir exists and is not an earlier run; choose another RESTART_DIR" >&2
    exit 1
  fi
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java --add-opens java.base/sun.security.provider=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$jar" bench restart --dir "$dir" "$@"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; chain, data dirs and logs in $dir"
