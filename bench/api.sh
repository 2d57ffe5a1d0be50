#!/usr/bin/env bash
# Measures one node's HTTP API under a bounded loopback load, in one run:
#
#   1. starts a fresh `ccoin localnet` with one validator (no other node shares the CPU) and 16 dev accounts;
#   2. with wrk, when installed (apt-get install wrk): GET /api/v1/blocks/latest and GET /api/v1/accounts/{a},
#      each warmed up for 5 s, then for $WRK_SECONDS s with $WRK_CONNECTIONS connections on 2 threads —
#      requests/s and p50/p99 latency;
#   3. `ccoin bench api`: the same two endpoints with its own bounded driver (kept-alive sockets, one per
#      connection), then the admission rate of POST /transactions with pre-signed transfers against the
#      single-core PSS verify rate of the same run; after each of its loads, the node's own CPU use;
#   4. stops the localnet.
#
# Figures are measured, never asserted. Every load has a fixed duration and connection count.
#
# Usage: bench/api.sh [ccoin bench api options, e.g. --seconds 10 --connections 16 --transactions 5000]
# Environment: BUILD_DIR (default: target) selects cli/$BUILD_DIR/ccoin.jar, built when missing;
#   APINET_DIR (default: /tmp/apinet; wiped first if it holds a localnet), API_PORT (8700), P2P_PORT (30700),
#   DISCOVERY_PORT (4700), WRK_SECONDS (10), WRK_CONNECTIONS (16); JAVA_OPTS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
dir="${APINET_DIR:-/tmp/apinet}"
validators=1
basic=0
accounts=16
interval=2
api_port="${API_PORT:-8700}"
p2p_port="${P2P_PORT:-30700}"
discovery_port="${DISCOVERY_PORT:-4700}"
wrk_seconds="${WRK_SECONDS:-10}"
wrk_connections="${WRK_CONNECTIONS:-16}"

case "${1:-}" in
  -h|--help)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
esac

# shellcheck source=lib-localnet.sh
. "$here/lib-localnet.sh"
url="http://127.0.0.1:$api_port"
account=$(ls "$dir/accounts/keys" | sed -n 's/\.pub$//p' | head -1)
echo "node: $url (1 validator), account $account; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if command -v wrk >/dev/null; then
  for path in /api/v1/blocks/latest "/api/v1/accounts/$account"; do
    # A freshly started node compiles its request path during the first seconds: warm up, uncounted.
    wrk -t2 -c"$wrk_connections" -d5s --timeout 10s "$url$path" >/dev/null
    echo "== wrk -t2 -c$wrk_connections -d${wrk_seconds}s --latency $url$path"
    wrk -t2 -c"$wrk_connections" -d"${wrk_seconds}s" --timeout 10s --latency "$url$path" \
      | grep -E 'Requests/sec|Transfer/sec|requests in|Non-2xx|Socket errors|^ +(50|75|90|99)%'
  done
else
  echo "== wrk is not installed (apt-get install wrk); only the java.net.http driver runs"
fi

echo "== ccoin bench api"
node_pid=$(pgrep -f -- "--data-dir $dir/node-0" | head -1)
node_cpu() {  # wall seconds and the node's CPU seconds, from /proc
  awk -v t="$(getconf CLK_TCK)" -v now="$(date +%s.%N)" '{print now, ($14 + $15) / t}' "/proc/$node_pid/stat"
}
mark=$(node_cpu)
set +e
"${java_cmd[@]}" bench api --api "$url" --accounts-dir "$dir/accounts" "$@" | while IFS= read -r line; do
  printf '%s\n' "$line"
  now=$(node_cpu)
  case "$line" in
    "GET "*)
      echo "$mark $now" | awk '{printf "node cpu                 %.2f cores over the last %.1f s (with the warm-up)\n", ($4 - $2) / ($3 - $1), $3 - $1}' ;;
    "POST /transactions "*" in "*)
      echo "$mark $now" | awk '{printf "node cpu                 %.2f cores over the last %.1f s\n", ($4 - $2) / ($3 - $1), $3 - $1}' ;;
  esac
  mark=$now
done
exit "${PIPESTATUS[0]}"
