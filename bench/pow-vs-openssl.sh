#!/usr/bin/env bash
# Compares ccoin's hashcash nonce search with OpenSSL's SHA-256 on this machine, in one run.
#
#   openssl speed -evp sha256 -bytes 16384        one core; compressions/s = (bytes/s) / 64
#   openssl speed -multi 2 ...                    two processes, the machine's own scaling
#   NonceSearchBenchmark (JMH), 1 and 2 workers   hashes/s; one trial = one SHA-256 compression
#
# and prints ours(1 thread)/openssl and ours(2)/ours(1). Targets: >= 0.80 and >= 1.90.
# Every figure is the median of several samples, so a build running alongside disturbs it less;
# the load average is printed and a busy machine is warned about.
#
# openssl speed divides by its user CPU time (unless -elapsed), so the search is also measured per
# second of worker CPU time (PowRates cpu): that ratio is like for like and holds on a shared machine.
# Wall-clock scaling needs two idle cores; the CPU-time figure 2 x cpu(2)/cpu(1) says what the search
# itself loses to coordination between workers.
#
# Usage: bench/pow-vs-openssl.sh [--engines] [--quick]
#   --engines  also measure every engine (the search per CPU second, and TrialBenchmark)
#   --quick    fewer, shorter samples (a smoke test; figures are noisier)
# Environment: BUILD_DIR (default: target) selects bench/$BUILD_DIR/benchmarks.jar, built when missing;
#              BITS (default: 22), the difficulty each search solves.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${BUILD_DIR:-target}"
jar="$here/$build_dir/benchmarks.jar"
opens="--add-opens=java.base/sun.security.provider=ALL-UNNAMED"
bits="${BITS:-22}"
engines=no
samples=10
seconds=2
for arg in "$@"; do
  case "$arg" in
    --engines) engines=yes ;;
    --quick) samples=3; seconds=1 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pow-vs-openssl: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

for tool in openssl java awk sort; do
  command -v "$tool" >/dev/null || { echo "pow-vs-openssl: '$tool' is not on PATH" >&2; exit 1; }
done
if [ ! -f "$jar" ]; then
  echo "pow-vs-openssl: building $jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests "-Dbuild.dir=$build_dir" package -pl bench -am >&2)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# median of the numbers on standard input, one per line
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# the value of key=VALUE in the line of PowRates output that starts with $1
field() { awk -v label="$1" -v key="$2" 'index($0, label " ") == 1 {
  for (i = 1; i <= NF; i++) if (index($i, key "=") == 1) print substr($i, length(key) + 2) }' "$3"; }

echo "== machine"
echo "cpu:     $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || uname -m), $(nproc) cores"
echo "flags:   $(grep -o -w -E 'sha_ni|avx2' /proc/cpuinfo 2>/dev/null | sort -u | tr '\n' ' ')"
echo "openssl: $(openssl version)"
echo "java:    $(java -version 2>&1 | head -n 1)"
load="$(awk '{print $1}' /proc/loadavg 2>/dev/null || echo 0)"
echo "load:    $load (1-minute average before the run)"
if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
  echo "WARNING: the machine is busy; figures, the 2-thread one above all, may be understated." >&2
fi
java "$opens" -cp "$jar" dev.ccoin.bench.pow.EngineInfo

echo
echo "== openssl speed -evp sha256 -bytes 16384, $samples samples of ${seconds}s (one core)"
for ((i = 1; i <= samples; i++)); do
  # The result row is "sha256  1303706.11k": thousands of bytes per second.
  openssl speed -evp sha256 -bytes 16384 -seconds "$seconds" 2>/dev/null \
    | awk 'tolower($1) == "sha256" { v = $NF; sub(/k$/, "", v); printf "%.0f\n", v * 1000 / 64 }'
done > "$work/openssl.txt"
[ -s "$work/openssl.txt" ] || { echo "pow-vs-openssl: could not read openssl's result" >&2; exit 1; }
openssl_rate="$(median < "$work/openssl.txt")"
awk '{ printf "  %.2f M compressions/s\n", $1 / 1e6 }' "$work/openssl.txt"

echo
echo "== openssl speed -multi 2 (two processes, the hardware's own scaling), $samples samples of ${seconds}s"
for ((i = 1; i <= samples; i++)); do
  openssl speed -multi 2 -evp sha256 -bytes 16384 -seconds "$seconds" 2>/dev/null \
    | awk 'tolower($1) == "sha256" { v = $NF; sub(/k$/, "", v); printf "%.0f\n", v * 1000 / 64 }' | tail -n 1
done > "$work/openssl2.txt"
openssl2_rate="$(median < "$work/openssl2.txt")"
awk '{ printf "  %.2f M compressions/s\n", $1 / 1e6 }' "$work/openssl2.txt"

echo
echo "== ccoin nonce search (NonceSearchBenchmark): random prefixes at $bits bits, 1 and 2 workers, $samples x ${seconds}s"
java -cp "$jar" dev.ccoin.bench.pow.PowRates search "$bits" "$samples" "$seconds" "$work/search.log" \
  > "$work/search.txt" || { cat "$work/search.log" >&2; exit 1; }
awk '{ print "  " $0 }' "$work/search.txt"
ours1="$(field 'search threads=1' median "$work/search.txt")"
ours2="$(field 'search threads=2' median "$work/search.txt")"
if [ -z "$ours1" ] || [ -z "$ours2" ]; then
  echo "pow-vs-openssl: could not read the benchmark results" >&2
  exit 1
fi

echo
echo "== ccoin nonce search per wall and per CPU second (PowRates cpu), 1 and 2 workers, $samples x ${seconds}s"
java "$opens" -cp "$jar" dev.ccoin.bench.pow.PowRates cpu "$bits" "$samples" "$seconds" > "$work/cpu.txt"
awk '{ print "  " $0 }' "$work/cpu.txt"
cpu1="$(field 'cpu threads=1' cpu "$work/cpu.txt")"
cpu2="$(field 'cpu threads=2' cpu "$work/cpu.txt")"
wall1="$(field 'cpu threads=1' wall "$work/cpu.txt")"
wall2="$(field 'cpu threads=2' wall "$work/cpu.txt")"

if [ "$engines" = yes ]; then
  echo
  echo "== the search per engine, per wall and per CPU second (PowRates cpu-engines), $samples x ${seconds}s"
  java "$opens" -cp "$jar" dev.ccoin.bench.pow.PowRates cpu-engines "$bits" "$samples" "$seconds" \
    | awk '{ print "  " $0 }'
  echo
  echo "== one trial per engine (TrialBenchmark), 1 and 2 JMH threads, per wall second, $samples x ${seconds}s"
  java -cp "$jar" dev.ccoin.bench.pow.PowRates trial "$bits" "$samples" "$seconds" "$work/trial.log" \
    > "$work/trial.txt" || { cat "$work/trial.log" >&2; exit 1; }
  awk '{ for (i = 1; i <= NF; i++) if (index($i, "median=") == 1) m = substr($i, 8) / 1e6
         printf "  %-36s median %6.2f MH/s   (%s)\n", $2 " " $3, m, $0 }' "$work/trial.txt"
fi

echo
echo "== result (medians)"
end_load="$(awk '{print $1}' /proc/loadavg 2>/dev/null || echo 0)"
awk -v o="$openssl_rate" -v o2="${openssl2_rate:-0}" -v a="$ours1" -v b="$ours2" -v c1="$cpu1" -v c2="$cpu2" -v w1="$wall1" -v w2="$wall2" \
    -v l0="$load" -v l1="$end_load" 'BEGIN {
  printf "openssl sha256, one core (per user CPU s):  %7.2f M compressions/s\n", o / 1e6
  printf "openssl sha256, two processes (total):      %7.2f M compressions/s  (%.2fx of one: the machine'"'"'s own scaling)\n", o2 / 1e6, o2 / o
  printf "ccoin search, 1 thread  (JMH, per wall s):  %7.2f M hashes/s\n", a / 1e6
  printf "ccoin search, 2 threads (JMH, per wall s):  %7.2f M hashes/s\n", b / 1e6
  printf "ccoin search, 1 thread  (per CPU s):        %7.2f M hashes/s   (per wall s: %.2f)\n", c1 / 1e6, w1 / 1e6
  printf "ccoin search, 2 threads (per CPU s, total): %7.2f M hashes/s   (per wall s: %.2f)\n", 2 * c2 / 1e6, w2 / 1e6
  r = a / o; rc = c1 / o; s = b / a; sc = 2 * c2 / c1
  printf "ours(1)/openssl per core, wall (JMH):       %7.2f   (target >= 0.80) %s\n", r, (r >= 0.80 ? "ok" : "BELOW TARGET")
  printf "ours(1)/openssl per core, CPU time:         %7.2f   (target >= 0.80) %s\n", rc, (rc >= 0.80 ? "ok" : "BELOW TARGET")
  printf "ours(2)/ours(1) scaling, wall (JMH):        %7.2fx  (target >= 1.90) %s\n", s, (s >= 1.90 ? "ok" : "BELOW TARGET")
  printf "ours(2)/ours(1) scaling, CPU time:          %7.2fx  (target >= 1.90) %s\n", sc, (sc >= 1.90 ? "ok" : "BELOW TARGET")
  printf "load average: %s before the run%s; %s after (the run itself adds up to 2)\n", l0, (l0 > 0.5 ? " (busy: wall-clock figures are understated)" : ""), l1
}'
