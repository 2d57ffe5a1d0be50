#!/usr/bin/env bash
# Compares ccoin's hashcash nonce search with OpenSSL's SHA-256 on this machine, in one run.
#
#   openssl speed -evp sha256 -bytes 16384   one core; compressions/s = (bytes/s) / 64
#   NonceSearchBenchmark (JMH), 1 and 2 workers   hashes/s; one trial = one SHA-256 compression
#
# and prints ours(1 thread)/openssl and ours(2)/ours(1). Targets: >= 0.80 and >= 1.90.
# Scaling needs idle cores: the script prints the load average and warns when the machine is busy.
#
# Usage: bench/pow-vs-openssl.sh [--engines] [--quick]
#   --engines  also time one trial per engine (TrialBenchmark) with 1 and 2 JMH threads
#   --quick    shorter runs (for a smoke test; figures are noisier)
# Environment: BUILD_DIR (default: target) selects bench/$BUILD_DIR/benchmarks.jar, built when missing;
#              OPENSSL_SECONDS (default: 10); BITS (default: 22), the difficulty each search solves.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${BUILD_DIR:-target}"
jar="$here/$build_dir/benchmarks.jar"
opens="--add-opens=java.base/sun.security.provider=ALL-UNNAMED"
openssl_seconds="${OPENSSL_SECONDS:-10}"
bits="${BITS:-22}"
engines=no
jmh_timing=(-wi 3 -w 3s -i 5 -r 3s -f 1)
for arg in "$@"; do
  case "$arg" in
    --engines) engines=yes ;;
    --quick) jmh_timing=(-wi 2 -w 1s -i 3 -r 1s -f 1); openssl_seconds="${OPENSSL_SECONDS:-3}" ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pow-vs-openssl: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

for tool in openssl java awk; do
  command -v "$tool" >/dev/null || { echo "pow-vs-openssl: '$tool' is not on PATH" >&2; exit 1; }
done
if [ ! -f "$jar" ]; then
  echo "pow-vs-openssl: building $jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests "-Dbuild.dir=$build_dir" package -pl bench -am >&2)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "cpu:     $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || uname -m), $(nproc) cores"
echo "flags:   $(grep -o -w -E 'sha_ni|avx2' /proc/cpuinfo 2>/dev/null | sort -u | tr '\n' ' ')"
echo "openssl: $(openssl version)"
echo "java:    $(java -version 2>&1 | head -n 1)"
load="$(awk '{print $1}' /proc/loadavg 2>/dev/null || echo 0)"
echo "load:    $load (1-minute average before the run)"
if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
  echo "WARNING: the machine is busy; the 2-thread figure and the scaling will be understated." >&2
fi
java "$opens" -cp "$jar" dev.ccoin.bench.pow.EngineInfo

echo
echo "== openssl speed -evp sha256 -bytes 16384 -seconds $openssl_seconds (one core)"
openssl speed -evp sha256 -bytes 16384 -seconds "$openssl_seconds" 2>/dev/null | tee "$work/openssl.txt" | tail -n 2
# The result row is "sha256  1303706.11k": thousands of bytes per second.
openssl_bytes="$(awk 'tolower($1) == "sha256" { v = $NF; sub(/k$/, "", v); print v * 1000 }' "$work/openssl.txt" | tail -n 1)"
if [ -z "$openssl_bytes" ]; then
  echo "pow-vs-openssl: could not read openssl's result" >&2
  exit 1
fi
openssl_rate="$(awk -v b="$openssl_bytes" 'BEGIN { printf "%.0f", b / 64 }')"

# Reads the "hashes" (or primary) score of a JMH CSV result for a given threads value: $1 file, $2 label suffix,
# $3 column name of the thread count ("Param: threads" or "Threads"), $4 its value, $5 optional engine.
jmh_score() {
  awk -F',' -v suffix="$2" -v col="$3" -v want="$4" -v engine="${5:-}" '
    function unq(s) { gsub(/^"|"$/, "", s); return s }
    { sub(/\r$/, "") }
    NR == 1 { for (i = 1; i <= NF; i++) { name[unq($i)] = i } next }
    {
      b = unq($name["Benchmark"])
      if (substr(b, length(b) - length(suffix) + 1) != suffix) next
      if (unq($name[col]) != want) next
      if (engine != "" && unq($name["Param: engine"]) != engine) next
      printf "%.0f\n", unq($name["Score"])
    }' "$1"
}

echo
echo "== ccoin NonceSearchBenchmark: solve random prefixes at $bits bits with 1 and 2 workers (JMH)"
java -jar "$jar" 'dev.ccoin.bench.pow.NonceSearchBenchmark.solve' -p threads=1,2 -p "bits=$bits" \
  "${jmh_timing[@]}" -rf csv -rff "$work/search.csv" > "$work/search.log" 2>&1 \
  || { cat "$work/search.log" >&2; exit 1; }
grep -E '^(Benchmark|NonceSearchBenchmark)' "$work/search.log" || tail -n 8 "$work/search.log"
ours1="$(jmh_score "$work/search.csv" 'solve:hashes' 'Param: threads' 1)"
ours2="$(jmh_score "$work/search.csv" 'solve:hashes' 'Param: threads' 2)"
if [ -z "$ours1" ] || [ -z "$ours2" ]; then
  echo "pow-vs-openssl: could not read the JMH results ($work/search.csv)" >&2
  exit 1
fi

if [ "$engines" = yes ]; then
  echo
  echo "== ccoin TrialBenchmark: one trial per engine, 1 and 2 JMH threads (hashes/s)"
  for t in 1 2; do
    java -jar "$jar" 'dev.ccoin.bench.pow.TrialBenchmark' -t "$t" "${jmh_timing[@]}" \
      -rf csv -rff "$work/trial-$t.csv" > "$work/trial-$t.log" 2>&1 || { cat "$work/trial-$t.log" >&2; exit 1; }
    for e in JDK_INTRINSIC JAVA_MIDSTATE MESSAGE_DIGEST; do
      printf '  %-15s %d thread(s): %6.2f MH/s\n' "$e" "$t" \
        "$(awk -v r="$(jmh_score "$work/trial-$t.csv" '.trial' 'Threads' "$t" "$e")" 'BEGIN { print r / 1e6 }')"
    done
  done
fi

echo
echo "== result"
awk -v o="$openssl_rate" -v a="$ours1" -v b="$ours2" 'BEGIN {
  printf "openssl sha256, one core:     %8.2f M compressions/s\n", o / 1e6
  printf "ccoin search, 1 thread:       %8.2f M hashes/s\n", a / 1e6
  printf "ccoin search, 2 threads:      %8.2f M hashes/s\n", b / 1e6
  r = a / o; s = b / a
  printf "ours(1)/openssl per core:     %8.2f   (target >= 0.80) %s\n", r, (r >= 0.80 ? "ok" : "BELOW TARGET")
  printf "ours(2)/ours(1) scaling:      %8.2fx  (target >= 1.90) %s\n", s, (s >= 1.90 ? "ok" : "BELOW TARGET")
}'
