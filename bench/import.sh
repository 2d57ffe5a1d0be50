#!/usr/bin/env bash
# Measures block import in one run and prints the table (dev.ccoin.bench.chain.ImportBench):
#
#   1. throughput: 30 blocks x 500 signed transfers imported into fresh LevelDB data dirs with 1 and 2
#      verifier threads, in tx/s, against the single-core RSASSA-PSS-2048 verify rate;
#      target: import_tx_per_s / (threads x verify_per_s) >= 0.7, and the CPU per tx that allows; stages;
#   2. history: ms per imported block for a window of 500 one-transfer blocks after 1 000, 10 000 and
#      100 000 blocks of history (data dirs copied aside, windows timed interleaved);
#      target: 100 000 within 10 % of 1 000.
#
# Chains are generated before anything is timed. A full run takes about 4-6 minutes on 2 cores; if building
# the history takes longer than --budget-seconds (420), the last window is measured at the history reached and
# the table says so. Figures are measured, not asserted: the exit code is 0 whatever they are.
#
# Usage: bench/import.sh [--quick] [--engines] [ImportBench options, see --help]
#   --engines  runs the benchmark twice, on the native LevelDB and then on the pure-Java one
#              (-Dccoin.storage=native, java), and ends with a table of the pure-Java engine's rates as
#              fractions of the native one's (twice the time; with --history 3000 both take about 1.5 minutes)
# Environment: BUILD_DIR (default: target) selects bench/$BUILD_DIR/benchmarks.jar, built when missing or
#              when it lacks the benchmark; JAVA_OPTS, extra JVM options.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${BUILD_DIR:-target}"
jar="$here/$build_dir/benchmarks.jar"
main=dev.ccoin.bench.chain.ImportBench

case "${1:-}" in
  -h|--help)
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
    if [ -f "$jar" ]; then echo; java -cp "$jar" "$main" --help; fi
    exit 0 ;;
esac

command -v java >/dev/null || { echo "import.sh: 'java' is not on PATH" >&2; exit 1; }
if [ ! -f "$jar" ] || ! unzip -l "$jar" "${main//.//}.class" >/dev/null 2>&1; then
  echo "import.sh: building $jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests "-Dbuild.dir=$build_dir" package -pl bench -am >&2)
fi

engines=false
args=()
for arg in "$@"; do
  if [ "$arg" = --engines ]; then engines=true; else args+=("$arg"); fi
done

# The bench jar has no logging backend; slf4j.internal.verbosity hides SLF4J's note that it logs nothing.
bench() {
  java --add-opens=java.base/sun.security.provider=ALL-UNNAMED -Dslf4j.internal.verbosity=ERROR ${JAVA_OPTS:-} \
    "$@" -cp "$jar" "$main" ${args[@]+"${args[@]}"}
}

if [ "$engines" = false ]; then
  bench
  exit
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for engine in native java; do
  echo "== storage engine: $engine (-Dccoin.storage=$engine)"
  bench "-Dccoin.storage=$engine" | tee "$out/$engine.txt"
  echo
done

# Rates from both tables: tx/s of the throughput rows (wall clock, and per CPU second, which the machine's other
# load hardly moves), blocks/s (1000 / mean ms) of the history windows and of the breakdown's synced store.
rates() {
  awk '
    /^   import, [0-9]+ (verifier )?threads?(, per CPU second)? \(tx\/s\)/ { sub(/^   /, ""); n = index($0, "(tx/s)");
      label = substr($0, 1, n + 5); split(substr($0, n + 6), f, " "); print label "\t" f[1] }
    /^   store: one synced batch/ { print "store: one synced batch (batches/s)\t" 1000 / $5 }
    /^ +[0-9]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +[0-9.]+/ {
      print "history " $1 " blocks: import (blocks/s)\t" 1000 / $2 }
  ' "$1"
}
echo "== pure-Java LevelDB against native leveldbjni (rates; fraction = java / native)"
printf '   %-44s %10s %10s %9s\n' measure native java fraction
awk -F '\t' 'NR == FNR { native[$1] = $2; next }
  $1 in native { printf "   %-44s %10.0f %10.0f %9.2f\n", $1, native[$1], $2, $2 / native[$1] }' \
  <(rates "$out/native.txt") <(rates "$out/java.txt")
