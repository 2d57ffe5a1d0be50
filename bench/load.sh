#!/usr/bin/env bash
# Measures transaction throughput of a whole local network (ccoin bench load) in one run:
#
#   1. starts `ccoin localnet` in the background (3 validators + 1 basic node, fresh, in $LOADNET_DIR), each node
#      a child process, or all in the localnet's JVM with IN_PROCESS=1 (`localnet --in-process`);
#   2. runs `ccoin bench load` against all four APIs with the dev accounts: pre-signs the transfers, measures the
#      single-core PSS verify rate, submits concurrently, waits for inclusion, audits exactly-once inclusion;
#   3. prints the CPU seconds each node process used during the benchmark, and the nodes' CPU per included
#      transaction (user + system time from /proc/PID/stat, summed over the node processes), then stops the localnet.
#
# Target in the issue: >= 5 000 tx/s sustained. Figures are measured, never asserted: the exit code is that of
# `bench load` (0, or 1 if a transaction was included twice). Everything is bounded: localnet start-up waits at
# most 120 s, `bench load` stops at --duration-limit (default 300 s).
#
# Usage: bench/load.sh [bench load options, e.g. --transactions 20000 --senders 10 --duration-limit 300]
# Environment: BUILD_DIR (default: target) selects cli/$BUILD_DIR/ccoin.jar, built when missing;
#   LOADNET_DIR (default: /tmp/loadnet; wiped first if it holds a localnet), VALIDATORS (3), BASIC (1),
#   ACCOUNTS (10), INTERVAL (2), API_PORT (8600), P2P_PORT (30600), DISCOVERY_PORT (4600), IN_PROCESS (0);
#   JAVA_OPTS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
dir="${LOADNET_DIR:-/tmp/loadnet}"
validators="${VALIDATORS:-3}"
basic="${BASIC:-1}"
accounts="${ACCOUNTS:-10}"
interval="${INTERVAL:-2}"
api_port="${API_PORT:-8600}"
p2p_port="${P2P_PORT:-30600}"
discovery_port="${DISCOVERY_PORT:-4600}"

case "${1:-}" in
  -h|--help)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
esac

# shellcheck source=lib-localnet.sh
. "$here/lib-localnet.sh"
cat "$dir/localnet.out"

# CPU seconds (user + system) of each localnet child, from /proc: the nodes' share of the work. In-process, the
# nodes share the localnet's JVM, which is then the one figure.
cpu_snapshot() {
  local tck; tck=$(getconf CLK_TCK)
  if [ "$in_process" = 1 ]; then
    awk -v t="$tck" '{print "nodes-in-one-JVM", ($14 + $15) / t}' "/proc/$localnet/stat" 2>/dev/null || true
  fi
  for pid in $(pgrep -f -- "--data-dir $dir/node-" || true); do
    local name; name=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -o 'node-[0-9]*' | head -1)
    awk -v n="${name:-?}" -v t="$tck" '{print n, ($14 + $15) / t}' "/proc/$pid/stat" 2>/dev/null || true
  done
  # Every process on the machine (busy = all but idle and iowait): the rest is bench load and anything else.
  awk -v t="$tck" '/^cpu / {print "zz-machine", ($2 + $3 + $4 + $7 + $8 + $9) / t}' /proc/stat
}
snap() { date +%s.%N; cpu_snapshot; }
# Snapshots when the measured submission starts, when it ends, and at the end.
set +e
"${java_cmd[@]}" bench load --api "$apis" --accounts-dir "$dir/accounts" "$@" | while IFS= read -r line; do
  case "$line" in
    "submitted"*) snap >"$dir/cpu.1" ;;
  esac
  printf '%s\n' "$line"
  case "$line" in
    # Submission of the measured transactions starts after the verify probe, or after the warm-up when there is one.
    "PSS verify"*|"warm-up"*) snap >"$dir/cpu.0" ;;
    "included "*) printf '%s\n' "$line" | awk '{print $2}' >"$dir/included" ;;
  esac
done
status=${PIPESTATUS[0]}
set -e
snap >"$dir/cpu.2"
report() {  # report FROM TO LABEL
  [ -f "$dir/cpu.$1" ] && [ -f "$dir/cpu.$2" ] || return 0
  local w; w=$(awk -v a="$(head -1 "$dir/cpu.$1")" -v b="$(head -1 "$dir/cpu.$2")" 'BEGIN {printf "%.1f", b - a}')
  echo "node CPU $3 (${w} s wall; 1.00 = one core busy):"
  join <(tail -n +2 "$dir/cpu.$1" | sort) <(tail -n +2 "$dir/cpu.$2" | sort) \
    | awk -v w="$w" '{n = $1; if (sub(/^zz-/, "", n)) n = n " (all processes)"
                      printf "  %-24s %7.1f CPU s  %5.2f cores\n", n, $3 - $2, (w > 0 ? ($3 - $2) / w : 0)}'
}
report 0 1 "while submitting"
report 0 2 "while submitting and waiting for inclusion"
# The nodes' CPU (every node process, or the one JVM in-process; not bench load) from the start of the measured
# submission to the end, per transaction included in that window.
if [ -f "$dir/cpu.0" ] && [ -f "$dir/cpu.2" ] && [ -s "$dir/included" ]; then
  join <(tail -n +2 "$dir/cpu.0" | sort) <(tail -n +2 "$dir/cpu.2" | sort) \
    | awk -v n="$(cat "$dir/included")" '$1 !~ /^zz-/ {cpu += $3 - $2; nodes++}
        END {if (n > 0) printf "node CPU per transaction: %.3f ms (%d node processes summed, %.1f CPU s / %d included)\n",
               1000 * cpu / n, nodes, cpu, n}'
fi

# Bytes on the wire, from the nodes' own P2P counters (ccoin_p2p_sent_bytes_total by frame type, warm-up included):
# per transaction included and per connection (half the peers all nodes count). Printed when the nodes have them.
p2p_bytes() {
  local metrics="" url
  for url in ${apis//,/ }; do metrics+=$(curl -sf "$url/metrics" || true); metrics+=$'\n'; done
  awk '
    /^ccoin_p2p_sent_bytes_total\{/ { match($0, /type="[A-Z]+"/); t = substr($0, RSTART + 6, 3); b[t] += $2; all += $2 }
    /^ccoin_peers / { peers += $2 }
    /^ccoin_transactions_included_total / { if ($2 > inc) inc = $2 }
    END {
      if (all == 0 || inc == 0 || peers == 0) exit
      links = peers / 2
      printf "p2p bytes     %.0f per included transaction per connection (%d connections, %d transactions):", all / inc / links, links, inc
      for (t in b) if (b[t] / inc / links >= 1) printf " %s %.0f", t, b[t] / inc / links
      printf "\n"
    }' <<<"$metrics"
}
p2p_bytes
exit $status
