# Sourced by bench/load.sh and bench/api.sh: builds the ccoin jar when missing, starts a fresh `ccoin localnet` in
# the background and waits (at most 120 s) until every node answers and has a peer; stops it on exit.
#
# Expects: root (the repository), dir, validators, basic, accounts, interval, api_port, p2p_port, discovery_port;
# IN_PROCESS=1 in the environment runs every node inside the localnet's JVM (`localnet --in-process`).
# Sets: java_cmd (array: java with the jar), nodes, apis (comma-separated API URLs), localnet (the JVM's pid),
# in_process (1 or 0).

build_dir="${BUILD_DIR:-target}"
jar="$root/cli/$build_dir/ccoin.jar"
command -v java >/dev/null || { echo "bench: 'java' is not on PATH" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench: 'curl' is not on PATH" >&2; exit 1; }
if [ ! -f "$jar" ]; then
  echo "bench: building $jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests "-Dbuild.dir=$build_dir" package -pl cli -am >&2)
fi
java_cmd=(java --add-opens java.base/sun.security.provider=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$jar")

if [ -e "$dir" ]; then
  if [ -f "$dir/genesis.json" ] || [ -z "$(ls -A "$dir")" ]; then
    rm -rf "$dir"
  else
    echo "bench: $dir exists and is not a localnet; choose another directory" >&2
    exit 1
  fi
fi
mkdir -p "$dir"
nodes=$((validators + basic))
in_process="${IN_PROCESS:-0}"
placement=()
if [ "$in_process" = 1 ]; then placement=(--in-process); fi

# Started directly (no subshell), so $! is the localnet JVM: SIGTERM makes it stop its nodes cleanly.
"${java_cmd[@]}" localnet --dir "$dir" --validators "$validators" --basic "$basic" --accounts "$accounts" \
  --interval "$interval" --api-port "$api_port" --p2p-port "$p2p_port" --discovery-port "$discovery_port" \
  "${placement[@]}" >"$dir/localnet.out" 2>&1 &
localnet=$!
stop_localnet() {
  if kill -0 "$localnet" 2>/dev/null; then
    kill -TERM "$localnet" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$localnet" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$localnet" 2>/dev/null || true
  fi
  wait "$localnet" 2>/dev/null || true
}
trap stop_localnet EXIT

apis=""
for i in $(seq 0 $((nodes - 1))); do
  apis="${apis:+$apis,}http://127.0.0.1:$((api_port + i))"
done
echo "bench: starting a localnet in $dir ($validators validators, $basic basic, $accounts accounts) ..." >&2
deadline=$((SECONDS + 120))
for i in $(seq 0 $((nodes - 1))); do
  until curl -sf "http://127.0.0.1:$((api_port + i))/api/v1/status" >/dev/null; do
    if ! kill -0 "$localnet" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      echo "bench: the localnet did not come up; see $dir/localnet.out and $dir/logs" >&2
      tail -5 "$dir/localnet.out" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
done
if [ "$nodes" -gt 1 ]; then
  # Every node has a peer before anything is measured, so gossip reaches all of them from the start.
  until [ "$(for i in $(seq 0 $((nodes - 1))); do curl -sf "http://127.0.0.1:$((api_port + i))/api/v1/status"; echo; done \
            | grep -c '"peerCount":[1-9]')" -ge "$nodes" ]; do
    [ $SECONDS -lt $deadline ] || { echo "bench: nodes did not connect to each other within 120 s" >&2; exit 1; }
    sleep 0.5
  done
fi
