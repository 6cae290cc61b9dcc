#!/usr/bin/env bash
# Benchmarks of contacts-mock-server against Prism and bare WireMock, the generated clients against raw
# java.net.http.HttpClient (JMH), and a soak of the mock server. See README.md, section "Benchmarks".
#
#   bench/run.sh                 full run: 3 alternating rounds, JFR profile, JMH, 5-minute soak, 30-minute flood
#                                of ours, 10 minutes of each peer; writes bench/results/<date>-<host>.md (and -flood.png beside it)
#   bench/run.sh --quick         the same end to end in well under two minutes of measuring (proves the script works)
#   bench/run.sh --soak [MIN]    only the soak, MIN minutes (default 5)
#   bench/run.sh --flood [MIN]   only the flood, MIN minutes of ours (default 30; peers 10 at most)
#   bench/run.sh --profile       only a JFR profile of the mock server under the same load, summarised
#
# Everything listens on 127.0.0.1 only; every server this script starts is stopped on exit.
set -euo pipefail

readonly PRISM_VERSION=5.16.0
readonly SOAK_CONNECTIONS_PER_SERVICE=16

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
TOOLS="$BENCH/.tools"
MOCK_JAR="$ROOT/mock-server/target/contacts-mock-server.jar"
JMH_JAR="$BENCH/jmh/target/benchmarks.jar"
FIXTURES_SRC="$BENCH/jmh/src/main/java/io/contactscontracts/bench/SpecFixtures.java"

INVOCATION="bench/run.sh${*:+ $*}"
MODE=full
ROUNDS=3
# JIT compilation of a JVM server (WireMock's, Jetty's, the validator's code) keeps a core busy for about 40 s
# of load on 2 cores, and req/s rises until it is done: a shorter warm-up measures the compiler, not the server
WARMUP=45
DURATION=15
THREADS=2
CONNECTIONS=32
SOAK_SECONDS=300
SOAK_RESET=10
# the flood: creates on one key, never emptied, for a fixed time per server, measured in slices
FLOOD_SECONDS=1800
# the peers keep nothing per request (journal off): 10 minutes each draw their line beside ours and keep the full
# run near 90 minutes instead of 2 h 15 (empty: the same as ours, at most 10 minutes)
PEER_FLOOD_SECONDS=""
FLOOD_SLICE=10
FLOOD_SERVERS="ours,wiremock,wiremock_echo"
RUN_COMPARE=1
RUN_PROFILE=1
RUN_JMH=1
RUN_SOAK=1
RUN_FLOOD=1
OUT=""
ONLY_SERVERS=""
MOCK_CDS_ARCHIVE="$ROOT/mock-server/target/contacts-mock-server.jsa"
# as README.md tells users to start the mock server (class-data archive written by the build, serial GC, 256 MB
# heap, three JIT compiler threads; see docs/mock-server.md for why); MOCK_JAVA_OPTS= measures plain java -jar
MOCK_JAVA_OPTS=${MOCK_JAVA_OPTS--XX:SharedArchiveFile=$MOCK_CDS_ARCHIVE -XX:+UseSerialGC -Xms32m -Xmx256m -XX:CICompilerCount=3}
MOCK_ARGS=${MOCK_ARGS:-}
WIREMOCK_JAVA_OPTS=${WIREMOCK_JAVA_OPTS:-}

usage() {
  cat <<EOF
usage: bench/run.sh [--quick | --soak [MINUTES] | --flood [MINUTES] | --profile] [options]

  (no mode)         full run: comparison (ours, WireMock static and echo stub, Prism static), JFR profile of ours,
                    JMH, soak, flood
  --quick           tiny warm-up/duration, 1 round, JMH smoke run, 5-second soak, 10-second flood: proves the
                    script works
  --soak [MINUTES]  only the soak of the mock server (default 5 minutes)
  --flood [MINUTES] only the flood (default 30 minutes of ours, 10 of each peer)
  --profile         only a JFR profile of the mock server under the comparison's load (needs jcmd, from a JDK)

options:
  --rounds N        comparison rounds, servers alternating (default $ROUNDS)
  --servers LIST    comparison servers, comma-separated
                    (default ours,ours_plain,wiremock,wiremock_echo,prism,prism_quiet,jetty)
  --warmup S        wrk warm-up seconds per server and round (default $WARMUP)
  --duration S      wrk measured seconds per server and round (default $DURATION)
  --soak-minutes M  soak length within a full run (default 5)
  --soak-reset S    empty the stored contacts every S seconds of the soak, as test suites do between tests
                    (default $SOAK_RESET; 0 = never: memory then grows with every contact stored, by design)
  --flood-minutes M flood length of ours (default 30)
  --flood-seconds S the same in seconds
  --peer-flood-minutes M
                    flood length of each peer (default: as ours, at most 10)
  --flood-servers L servers flooded, one after the other (default $FLOOD_SERVERS; prism works too)
  --no-flood        skip the flood
  --no-profile      skip the JFR profile
  --no-jmh          skip the JMH client benchmarks
  --no-soak         skip the soak
  --out FILE        results file (default bench/results/<date>-<host>.md; --quick: a file under bench/target/)
  -h, --help        this text

environment:
  MOCK_JAVA_OPTS      JVM options for the mock server (default: as README.md starts it, -XX:SharedArchiveFile=
                      mock-server/target/contacts-mock-server.jsa -XX:+UseSerialGC -Xms32m -Xmx256m
                      -XX:CICompilerCount=3)
  WIREMOCK_JAVA_OPTS  JVM options for standalone WireMock (default: none)
  MOCK_ARGS                            extra command-line options for the mock server (default: none)
EOF
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) MODE=quick; ROUNDS=1; WARMUP=1; DURATION=2; SOAK_SECONDS=5; SOAK_RESET=2; FLOOD_SECONDS=10; FLOOD_SLICE=2 ;;
    --soak)
      MODE=soak; RUN_COMPARE=0; RUN_PROFILE=0; RUN_JMH=0; RUN_SOAK=1; RUN_FLOOD=0; SOAK_SECONDS=300
      if [[ $# -gt 1 && "$2" =~ ^[0-9]+$ ]]; then SOAK_SECONDS=$(( $2 * 60 )); shift; fi ;;
    --profile) MODE=profile; RUN_COMPARE=0; RUN_PROFILE=1; RUN_JMH=0; RUN_SOAK=0; RUN_FLOOD=0 ;;
    --flood)
      MODE=flood; RUN_COMPARE=0; RUN_PROFILE=0; RUN_JMH=0; RUN_SOAK=0; RUN_FLOOD=1
      if [[ $# -gt 1 && "$2" =~ ^[0-9]+$ ]]; then FLOOD_SECONDS=$(( $2 * 60 )); shift; fi ;;
    --flood-minutes) FLOOD_SECONDS=$(( $2 * 60 )); shift ;;
    --flood-seconds) FLOOD_SECONDS=$2; shift ;;
    --peer-flood-minutes) PEER_FLOOD_SECONDS=$(( $2 * 60 )); shift ;;
    --flood-servers) FLOOD_SERVERS=$2; shift ;;
    --no-flood) RUN_FLOOD=0 ;;
    --no-profile) RUN_PROFILE=0 ;;
    --rounds) ROUNDS=$2; shift ;;
    --servers) ONLY_SERVERS=",$2,"; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --soak-minutes) SOAK_SECONDS=$(( $2 * 60 )); shift ;;
    --soak-reset) SOAK_RESET=$2; shift ;;
    --no-jmh) RUN_JMH=0 ;;
    --no-soak) RUN_SOAK=0 ;;
    --out) OUT=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
PEER_FLOOD_SECONDS=${PEER_FLOOD_SECONDS:-$(( FLOOD_SECONDS < 600 ? FLOOD_SECONDS : 600 ))}
for n in "$ROUNDS" "$WARMUP" "$DURATION" "$SOAK_SECONDS" "$FLOOD_SECONDS" "$PEER_FLOOD_SECONDS"; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "rounds, durations and minutes must be positive integers" >&2; exit 2; }
done
[[ "$SOAK_RESET" =~ ^[0-9]+$ ]] || { echo "--soak-reset takes whole seconds (0 = never)" >&2; exit 2; }

STAMP=$(date +%Y%m%d-%H%M%S)
WORK="$BENCH/target/run-$STAMP"
mkdir -p "$WORK/logs"
HOST=$(hostname -s 2>/dev/null || hostname)
if [[ -z "$OUT" ]]; then
  if [[ $MODE == full ]]; then OUT="$BENCH/results/$(date +%F)-$HOST.md"; else OUT="$WORK/results-$MODE.md"; fi
fi

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------- cleanup
STARTED_PIDS=()   # servers, each in its own process group
LOAD_PIDS=()      # background wrk runs (the soak)
cleanup() {
  local pid
  for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${STARTED_PIDS[@]}"; do stop_pid "$pid"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Stops a server started by start_server: its own process group (setsid), by id; TERM, then KILL after 10 s.
stop_pid() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; fi
  wait "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------- tools
APT_UPDATED=0
ensure_wrk() {
  command -v wrk >/dev/null && return 0
  if command -v apt-get >/dev/null && [[ $(id -u) -eq 0 ]]; then
    log "installing wrk from the Debian packages"
    if [[ $APT_UPDATED -eq 0 ]]; then apt-get update -qq >"$WORK/logs/apt.log" 2>&1 || true; APT_UPDATED=1; fi
    apt-get install -y -qq wrk >>"$WORK/logs/apt.log" 2>&1 || true
  fi
  command -v wrk >/dev/null
}

PRISM_BIN="$TOOLS/node_modules/.bin/prism"
PRISM_SKIP=""
ensure_prism() {
  if [[ -x "$PRISM_BIN" ]] && "$PRISM_BIN" --version 2>/dev/null | grep -qx "$PRISM_VERSION"; then return 0; fi
  if ! command -v npm >/dev/null; then PRISM_SKIP="npm is not installed"; return 1; fi
  log "installing @stoplight/prism-cli@$PRISM_VERSION from the npm registry into bench/.tools"
  mkdir -p "$TOOLS"
  if ! npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$PRISM_VERSION" \
      >"$WORK/logs/npm.log" 2>&1; then
    PRISM_SKIP="npm install failed (see $WORK/logs/npm.log)"; return 1
  fi
  [[ -x "$PRISM_BIN" ]] || { PRISM_SKIP="prism not found after npm install"; return 1; }
}

# The standalone jar's version is WireMock's, which the root pom pins (property wiremock.version).
WIREMOCK_VERSION=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
WIREMOCK_JAR="$TOOLS/wiremock-standalone-$WIREMOCK_VERSION.jar"
WIREMOCK_SKIP=""
ensure_wiremock() {
  [[ -f "$WIREMOCK_JAR" ]] && return 0
  log "fetching org.wiremock:wiremock-standalone:$WIREMOCK_VERSION from Maven Central into bench/.tools"
  mkdir -p "$TOOLS"
  if ! (cd "$ROOT" && ./mvnw -q -B -N dependency:copy \
      "-Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" "-DoutputDirectory=$TOOLS") \
      >"$WORK/logs/wiremock-fetch.log" 2>&1; then
    WIREMOCK_SKIP="fetching the jar failed (see $WORK/logs/wiremock-fetch.log)"; return 1
  fi
}

# XChart draws the flood chart; its version is pinned in the root pom (property xchart.version)
XCHART_VERSION=$(sed -n 's:.*<xchart.version>\(.*\)</xchart.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
XCHART_JAR="$TOOLS/xchart-$XCHART_VERSION.jar"
XCHART_SKIP=""
ensure_xchart() {
  [[ -f "$XCHART_JAR" ]] && return 0
  log "fetching org.knowm.xchart:xchart:$XCHART_VERSION from Maven Central into bench/.tools"
  mkdir -p "$TOOLS"
  if ! (cd "$ROOT" && ./mvnw -q -B -N dependency:copy \
      "-Dartifact=org.knowm.xchart:xchart:$XCHART_VERSION" "-DoutputDirectory=$TOOLS") \
      >"$WORK/logs/xchart-fetch.log" 2>&1; then
    XCHART_SKIP="fetching the jar failed (see $WORK/logs/xchart-fetch.log)"; return 1
  fi
}

# newer_than FILE PATH... : whether a file under the paths (build output folders aside) is newer than FILE
newer_than() {
  local file=$1; shift
  [[ -n $(find "$@" -name target -prune -o -type f -newer "$file" -print -quit) ]]
}

# Builds the fat jar when it is missing or older than the sources it is built from.
ensure_mock_jar() {
  if [[ -f "$MOCK_JAR" && -f "$MOCK_CDS_ARCHIVE" && ! "$MOCK_CDS_ARCHIVE" -ot "$MOCK_JAR" ]] && ! newer_than "$MOCK_JAR" "$ROOT/mock-server/src/main" "$ROOT/mock-server/pom.xml" \
      "$ROOT/specs/src/main"; then return 0; fi
  log "building the mock server's fat jar (./mvnw -pl mock-server -am package -DskipTests)"
  (cd "$ROOT" && ./mvnw -q -B -pl mock-server -am package -DskipTests) >"$WORK/logs/build-mock.log" 2>&1 \
    || die "the mock server does not build; see $WORK/logs/build-mock.log"
}

ensure_jmh_jar() {
  if [[ -f "$JMH_JAR" ]] && ! newer_than "$JMH_JAR" "$BENCH/jmh/src" "$BENCH/jmh/pom.xml" "$ROOT/generated-clients" \
      "$ROOT/mock-server/src/main" "$ROOT/specs/src/main" "$ROOT/pom.xml"; then return 0; fi
  log "building the JMH benchmarks (./mvnw -Pbench -pl bench/jmh -am package -DskipTests)"
  (cd "$ROOT" && ./mvnw -q -B -Pbench -pl bench/jmh -am package -DskipTests) >"$WORK/logs/build-jmh.log" 2>&1 \
    || die "the JMH module does not build; see $WORK/logs/build-jmh.log"
}

# ---------------------------------------------------------------------------------------------- helpers
# A free loopback port: the kernel picks an ephemeral one, which is then released for the server.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  die "no free port found"
}

# Resident memory (KiB) of a process and all its descendants.
rss_kb() {
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END {
      total = 0
      for (p in rss) { q = p; while (q != "" && q != 0 && q != 1) { if (q == root) { total += rss[p]; break } q = parent[q] } }
      print total
    }'
}

# CPU time (ms, user + system) a process has used so far; its threads included.
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat" 2>/dev/null || echo 0
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start_server NAME LOGFILE CMD... : starts CMD in its own process group; sets SERVER_PID and SERVER_T0 (ms).
start_server() {
  local name=$1 logfile=$2; shift 2
  SERVER_T0=$(now_ms)
  setsid "$@" >"$logfile" 2>&1 &
  SERVER_PID=$!
  STARTED_PIDS+=("$SERVER_PID")
  log "started $name (pid $SERVER_PID)"
}

# wait_first_201 URL HEADER KEY BODY_FILE STATUS : polls with curl until the create answers STATUS;
# prints milliseconds since SERVER_T0. Bounded: 60 s.
wait_first_created() {
  local url=$1 header=$2 key=$3 body=$4 status=$5 deadline code
  deadline=$(( $(now_ms) + 60000 ))
  while (( $(now_ms) < deadline )); do
    kill -0 "$SERVER_PID" 2>/dev/null || { log "the server exited during start-up"; return 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -X POST -H 'Content-Type: application/json' \
      -H "$header: $key" --data-binary "@$body" "$url" || true)
    if [[ "$code" == "$status" ]]; then echo $(( $(now_ms) - SERVER_T0 )); return 0; fi
    sleep 0.01
  done
  log "no $status from $url within 60 s"
  return 1
}

# value KEY LINE : the value of KEY=VALUE in a line of wrk script output
value() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<" $2"; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }

fmt() { awk -v v="$1" -v d="${2:-0}" 'BEGIN { if (v == "") print "n/a"; else printf "%.*f", d, v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print ""; else printf "%.2f", a / b }'; }
# verdict VALUE OP LIMIT : "met" / "missed" / "not measured"
verdict() {
  awk -v v="$1" -v op="$2" -v lim="$3" 'BEGIN {
    if (v == "") { print "not measured"; exit }
    ok = (op == ">=") ? (v + 0 >= lim + 0) : (v + 0 <= lim + 0)
    print ok ? "**met**" : "**missed**" }'
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

server_label() {
  case $1 in
    ours) echo "ours (validation + state)" ;; ours_plain) echo "ours, plain \`java -jar\`" ;;
    wiremock) echo "WireMock static" ;; wiremock_echo) echo "WireMock echo stub" ;;
    prism) echo "Prism static" ;; prism_quiet) echo "Prism static, \`--verboseLevel warn\`" ;;
    jetty) echo "plain Jetty, fixed bytes" ;;
    *) echo "$1" ;;
  esac
}

# ---------------------------------------------------------------------------------------------- set-up
log "mode: $MODE; work folder: ${WORK#"$ROOT"/}"
command -v java >/dev/null || die "java is not on the PATH"
command -v curl >/dev/null || die "curl is not installed"
if ! ensure_wrk; then
  if [[ $MODE == quick ]]; then
    echo "SKIPPED: wrk is not installed and cannot be installed here (needs root and apt-get); nothing was measured."
    exit 0
  fi
  die "wrk is not installed and cannot be installed here (apt-get install wrk as root)"
fi
ensure_mock_jar
FIXTURES="$WORK/fixtures"
java -cp "$MOCK_JAR" "$FIXTURES_SRC" "$FIXTURES" 2>"$WORK/logs/fixtures.log" \
  || die "cannot read the request/response examples from the specs; see $WORK/logs/fixtures.log"
# shellcheck disable=SC1091
source "$FIXTURES/fixtures.env"
if [[ $RUN_COMPARE -eq 1 || ($RUN_FLOOD -eq 1 && ",$FLOOD_SERVERS," == *,prism,* ) ]]; then
  ensure_prism || log "Prism is skipped: $PRISM_SKIP"
fi
if [[ $RUN_COMPARE -eq 1 || $RUN_FLOOD -eq 1 ]]; then
  ensure_wiremock || log "WireMock is skipped: $WIREMOCK_SKIP"
fi
LOAD_BEFORE=$(loadavg)

# ---------------------------------------------------------------------------------------------- servers
# Each start_* sets SERVER_PID, SERVER_T0 and URL (the Kejue create call the load goes to).
start_ours() {
  local kp rp
  kp=$(free_port); rp=$(free_port)
  # shellcheck disable=SC2086
  start_server "contacts-mock-server" "$1" java $MOCK_JAVA_OPTS -jar "$MOCK_JAR" \
    --bind 127.0.0.1 --kejue-port "$kp" --recepta-port "$rp" $MOCK_ARGS
  KEJUE_ROOT="http://127.0.0.1:$kp"
  RECEPTA_ROOT="http://127.0.0.1:$rp"
  URL="$KEJUE_ROOT$KEJUE_PATH"
}

# the same with plain `java -jar`: JVM defaults (G1, heap up to a quarter of RAM), to show what the flag changes
start_ours_plain() {
  MOCK_JAVA_OPTS="" start_ours "$@"
}

start_wiremock() {
  local port
  port=$(free_port)
  # one static stub per service from the spec's examples; journal off; one acceptor, as the mock server has
  # shellcheck disable=SC2086
  start_server "WireMock $WIREMOCK_VERSION" "$1" java $WIREMOCK_JAVA_OPTS -jar "$WIREMOCK_JAR" \
    --bind-address 127.0.0.1 --port "$port" --root-dir "$FIXTURES/wiremock" --no-request-journal \
    --jetty-acceptor-threads 1 --disable-banner
  URL="http://127.0.0.1:$port$KEJUE_PATH"
}

# what a user might write instead of this mock: a Handlebars template echoing the request into the documented
# answer (SpecFixtures writes it from the spec's examples); journal off, as a user tuning WireMock for load would
start_wiremock_echo() {
  local port
  port=$(free_port)
  # shellcheck disable=SC2086
  start_server "WireMock $WIREMOCK_VERSION echo stub" "$1" java $WIREMOCK_JAVA_OPTS -jar "$WIREMOCK_JAR" \
    --bind-address 127.0.0.1 --port "$port" --root-dir "$FIXTURES/wiremock-echo" --no-request-journal \
    --global-response-templating --jetty-acceptor-threads 1 --disable-banner
  URL="http://127.0.0.1:$port$KEJUE_PATH"
}

start_prism() { # LOGFILE [PRISM OPTIONS...]
  local port logfile=$1; shift
  port=$(free_port)
  # static mode: answers the documented examples; its log goes to a file
  start_server "Prism $PRISM_VERSION" "$logfile" "$PRISM_BIN" mock --host 127.0.0.1 --port "$port" "$@" \
    "$FIXTURES/kejue.yaml"
  # Prism serves the spec's paths without the server URL's path
  URL="http://127.0.0.1:$port$KEJUE_OPERATION_PATH"
}

# Prism as users run it logs two lines per request; this variant logs nothing per request
start_prism_quiet() {
  start_prism "$1" --verboseLevel warn
}

# the physical limit: WireMock's own Jetty (from our jar) answering the static stub's bytes, nothing else
start_jetty() {
  local port
  port=$(free_port)
  start_server "plain Jetty" "$1" java -cp "$MOCK_JAR" "$BENCH/tools/PlainJetty.java" "$port" \
    "$FIXTURES/wiremock/mappings/kejue-create.json"
  URL="http://127.0.0.1:$port$KEJUE_PATH"
}

# ---------------------------------------------------------------------------------------------- comparison
COMPARE_TSV="$WORK/compare.tsv"
SERVERS=()
declare -A SKIPPED=()
if [[ $RUN_COMPARE -eq 1 ]]; then
  SERVERS+=(ours)
  [[ -n "$MOCK_JAVA_OPTS" ]] && SERVERS+=(ours_plain)
  if [[ -z "$WIREMOCK_SKIP" ]]; then SERVERS+=(wiremock wiremock_echo)
  else SKIPPED[wiremock]=$WIREMOCK_SKIP; SKIPPED[wiremock_echo]=$WIREMOCK_SKIP; fi
  if [[ -z "$PRISM_SKIP" ]]; then SERVERS+=(prism prism_quiet); else SKIPPED[prism]=$PRISM_SKIP; SKIPPED[prism_quiet]=$PRISM_SKIP; fi
  SERVERS+=(jetty)
  if [[ -n "$ONLY_SERVERS" ]]; then
    chosen=()
    for s in "${SERVERS[@]}"; do [[ "$ONLY_SERVERS" == *",$s,"* ]] && chosen+=("$s"); done
    SERVERS=("${chosen[@]}")
  fi
  printf 'round\tserver\trps\tp50_us\tp99_us\tnon2xx\tsocket_errors\tfirst_201_ms\trss_kb\tcpu_us_per_req\n' >"$COMPARE_TSV"
  for round in $(seq 1 "$ROUNDS"); do
    # rotate the order every round so that no server always runs first (or after the same one)
    n=${#SERVERS[@]}
    for i in $(seq 0 $(( n - 1 ))); do
      server=${SERVERS[$(( (i + round - 1) % n ))]}
      tag="r$round-$server"
      "start_$server" "$WORK/logs/$tag-server.log"
      first=$(wait_first_created "$URL" "$KEJUE_KEY_HEADER" "$KEJUE_KEY" "$FIXTURES/kejue-request.json" "$KEJUE_STATUS") \
        || die "$server did not answer $KEJUE_STATUS; see $WORK/logs/$tag-server.log"
      export BENCH_BODY="$FIXTURES/kejue-request.json" BENCH_KEY_HEADER="$KEJUE_KEY_HEADER" BENCH_KEY="$KEJUE_KEY"
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s -s "$BENCH/wrk/post.lua" "$URL" \
        >"$WORK/logs/$tag-warmup.txt" 2>&1
      cpu0=$(cpu_ms "$SERVER_PID")
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -s "$BENCH/wrk/post.lua" "$URL" \
        >"$WORK/logs/$tag-wrk.txt" 2>&1
      cpu1=$(cpu_ms "$SERVER_PID")
      rss=$(rss_kb "$SERVER_PID")
      stop_pid "$SERVER_PID"
      line=$(grep '^BENCH ' "$WORK/logs/$tag-wrk.txt" || true)
      [[ -n "$line" ]] || die "wrk printed no result for $server; see $WORK/logs/$tag-wrk.txt"
      socket_errors=$(( $(value connect_errors "$line") + $(value read_errors "$line") + $(value write_errors "$line") + $(value timeouts "$line") ))
      cpu_per_req=$(awk -v c=$(( cpu1 - cpu0 )) -v n="$(value requests "$line")" 'BEGIN { printf "%.0f", (n > 0) ? c * 1000 / n : 0 }')
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$server" "$(value rps "$line")" "$(value p50_us "$line")" \
        "$(value p99_us "$line")" "$(value non2xx "$line")" "$socket_errors" "$first" "$rss" "$cpu_per_req" >>"$COMPARE_TSV"
      log "round $round $server: $(value rps "$line") req/s, p50 $(( $(value p50_us "$line") / 1000 )) ms, p99 $(( $(value p99_us "$line") / 1000 )) ms, non-2xx $(value non2xx "$line"), first 201 after $first ms, RSS $(( rss / 1024 )) MB, server CPU $cpu_per_req µs/request"
    done
  done
fi

# ---------------------------------------------------------------------------------------------- profile
PROFILE_SUMMARY="$WORK/profile.txt"
PROFILE_DONE=0
PROFILE_SKIP=""
if [[ $RUN_PROFILE -eq 1 ]]; then
  if ! command -v jcmd >/dev/null; then
    PROFILE_SKIP="jcmd is not installed (it comes with a JDK)"
    log "profile skipped: $PROFILE_SKIP"
  else
    log "profile: the mock server under the same load, JFR for the measured ${DURATION} s after ${WARMUP} s of warm-up"
    # shellcheck disable=SC2086
    MOCK_JAVA_OPTS="$MOCK_JAVA_OPTS -XX:FlightRecorderOptions:stackdepth=256" start_ours "$WORK/logs/profile-server.log"
    wait_first_created "$URL" "$KEJUE_KEY_HEADER" "$KEJUE_KEY" "$FIXTURES/kejue-request.json" "$KEJUE_STATUS" >/dev/null \
      || die "the mock server did not start for the profile; see $WORK/logs/profile-server.log"
    export BENCH_BODY="$FIXTURES/kejue-request.json" BENCH_KEY_HEADER="$KEJUE_KEY_HEADER" BENCH_KEY="$KEJUE_KEY"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s -s "$BENCH/wrk/post.lua" "$URL" >/dev/null 2>&1
    jcmd "$SERVER_PID" JFR.start name=bench settings=profile >"$WORK/logs/jfr.log" 2>&1 \
      || die "cannot start JFR; see $WORK/logs/jfr.log"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$BENCH/wrk/post.lua" "$URL" \
      >"$WORK/logs/profile-wrk.txt" 2>&1
    jcmd "$SERVER_PID" JFR.stop name=bench filename="$WORK/ours.jfr" >>"$WORK/logs/jfr.log" 2>&1 \
      || die "cannot stop JFR; see $WORK/logs/jfr.log"
    stop_pid "$SERVER_PID"
    java "$BENCH/tools/JfrHotPaths.java" "$WORK/ours.jfr" >"$PROFILE_SUMMARY" 2>"$WORK/logs/jfr-summary.log" \
      || die "cannot read the recording; see $WORK/logs/jfr-summary.log"
    PROFILE_DONE=1
  fi
fi

# column median over rounds: med SERVER COLUMN
med() { awk -F'\t' -v s="$1" -v c="$2" 'NR > 1 && $2 == s { print $c }' "$COMPARE_TSV" | median; }
col_sum() { awk -F'\t' -v s="$1" -v c="$2" 'NR > 1 && $2 == s { t += $c } END { print t + 0 }' "$COMPARE_TSV"; }

# ---------------------------------------------------------------------------------------------- JMH
JMH_CSV="$WORK/jmh.csv"
if [[ $RUN_JMH -eq 1 ]]; then
  ensure_jmh_jar
  if [[ $MODE == quick ]]; then
    # smoke run in one JVM: proves every benchmark sets up and calls through, numbers mean nothing
    JMH_ARGS=(-f 0 -wi 0 -i 1 -r 300ms -foe true)
  else
    JMH_ARGS=(-foe true)
  fi
  log "JMH: one create call per client and transport vs raw HttpClient (${JMH_ARGS[*]})"
  java -jar "$JMH_JAR" "${JMH_ARGS[@]}" -rf csv -rff "$JMH_CSV" >"$WORK/logs/jmh.txt" 2>&1 \
    || die "JMH failed; see $WORK/logs/jmh.txt"
fi

# the clients' default transport, as the client builder declares it
DEFAULT_TRANSPORT=$(sed -n 's/.*DEFAULT_TRANSPORT = Transport\.\([A-Z_0-9]*\);.*/\1/p' \
  "$ROOT/generated-clients/client-core/src/main/java/io/contactscontracts/client/ClientBuilder.java" 2>/dev/null | head -1)

# jmh_score CLASS METHOD PARAM : µs/op
jmh_score() {
  awk -F',' -v b="io.contactscontracts.bench.$1.$2" -v p="$3" '
    NR > 1 { gsub(/["\r]/, ""); if ($1 != b) next; for (i = 8; i <= NF; i++) if ($i == p) { print $5; next } }' "$JMH_CSV"
}

# ---------------------------------------------------------------------------------------------- soak
SOAK_DONE=0
if [[ $RUN_SOAK -eq 1 ]]; then
  log "soak: $SOAK_SECONDS s of mixed valid and invalid creates against both services"
  start_ours "$WORK/logs/soak-server.log"
  SOAK_PID=$SERVER_PID
  wait_first_created "$URL" "$KEJUE_KEY_HEADER" "$KEJUE_KEY" "$FIXTURES/kejue-request.json" "$KEJUE_STATUS" >/dev/null \
    || die "the mock server did not start for the soak; see $WORK/logs/soak-server.log"
  SOAK_RSS_START=$(rss_kb "$SOAK_PID")
  soak_wrk() { # SERVICE (kejue|recepta) ROOT_URL LOG; run in the background, wrk replaces the subshell
    local p=${1^^} path_var key_header_var key_var
    path_var=${p}_PATH; key_header_var=${p}_KEY_HEADER; key_var=${p}_KEY
    BENCH_PATH=${!path_var} BENCH_KEY_HEADER=${!key_header_var} BENCH_KEY=${!key_var} \
      BENCH_BODY="$FIXTURES/$1-request.json" BENCH_INVALID_BODY="$FIXTURES/$1-invalid.json" \
      exec wrk -t1 -c"$SOAK_CONNECTIONS_PER_SERVICE" -d"${SOAK_SECONDS}s" --timeout 5s -s "$BENCH/wrk/soak.lua" "$2" >"$3" 2>&1
  }
  soak_wrk kejue "$KEJUE_ROOT" "$WORK/logs/soak-kejue.txt" &
  W1=$!
  soak_wrk recepta "$RECEPTA_ROOT" "$WORK/logs/soak-recepta.txt" &
  W2=$!
  LOAD_PIDS+=("$W1" "$W2")
  # DELETE /__admin/contacts on both ports; adds what each service reports deleted, and what its store's budget
  # evicted since the last DELETE (the faster the server, the more it creates between two), to STORED[service]
  declare -A STORED=([kejue]=0 [recepta]=0)
  LAST_BATCH=0
  empty_workspaces() {
    local svc root answer deleted evicted
    LAST_BATCH=0
    for svc in kejue recepta; do
      if [[ $svc == kejue ]]; then root=$KEJUE_ROOT; else root=$RECEPTA_ROOT; fi
      answer=$(curl -s --max-time 30 -X DELETE "$root/__admin/contacts")
      deleted=$(sed -n 's/.*"deleted":\([0-9]*\).*/\1/p' <<<"$answer")
      evicted=$(sed -n 's/.*"evicted":\([0-9]*\).*/\1/p' <<<"$answer")
      [[ -n "$deleted" && -n "$evicted" ]] || die "DELETE $root/__admin/contacts did not say how many contacts it deleted and evicted"
      STORED[$svc]=$(( STORED[$svc] + deleted + evicted )); LAST_BATCH=$(( LAST_BATCH + deleted ))
    done
  }
  # heap in use (KiB) after a full GC, from jcmd; empty without a JDK
  heap_used_kb() {
    command -v jcmd >/dev/null || return 0
    jcmd "$1" GC.run >/dev/null 2>&1 || return 0
    jcmd "$1" GC.heap_info 2>/dev/null | awk '/total [0-9]+K, used [0-9]+K/ { sub(/.*used /, ""); sub(/K.*/, ""); u += $0 } END { if (u) print u }'
  }
  SOAK_RSS_PEAK=$SOAK_RSS_START
  last_reset=$(date +%s)
  while kill -0 "$W1" 2>/dev/null || kill -0 "$W2" 2>/dev/null; do
    r=$(rss_kb "$SOAK_PID"); (( r > SOAK_RSS_PEAK )) && SOAK_RSS_PEAK=$r
    echo "$(date +%s) $r" >>"$WORK/soak-rss.txt"
    if (( SOAK_RESET > 0 && $(date +%s) - last_reset >= SOAK_RESET )); then empty_workspaces; last_reset=$(date +%s); fi
    sleep 1
  done
  wait "$W1" || true; wait "$W2" || true
  SOAK_RSS_END=$(rss_kb "$SOAK_PID")
  kill -0 "$SOAK_PID" 2>/dev/null || die "the mock server died during the soak; see $WORK/logs/soak-server.log"
  # what the contacts stored since the last reset occupy: heap after a full GC, before and after emptying
  HEAP_FULL=$(heap_used_kb "$SOAK_PID")
  empty_workspaces
  HEAP_EMPTY=$(heap_used_kb "$SOAK_PID")
  BYTES_PER_CONTACT=""
  if [[ -n "$HEAP_FULL" && -n "$HEAP_EMPTY" && $LAST_BATCH -ge 1000 ]]; then
    BYTES_PER_CONTACT=$(( (HEAP_FULL - HEAP_EMPTY) * 1024 / LAST_BATCH ))
  fi
  stop_pid "$SOAK_PID"
  declare -A SOAK=()
  for svc in kejue recepta; do
    line=$(grep '^SOAK ' "$WORK/logs/soak-$svc.txt" || true)
    [[ -n "$line" ]] || die "wrk printed no soak result for $svc; see $WORK/logs/soak-$svc.txt"
    for k in requests rps p99_us s2xx s4xx s5xx other socket_errors timeouts; do SOAK[$svc.$k]=$(value "$k" "$line"); done
  done
  SOAK_DONE=1
fi

# ---------------------------------------------------------------------------------------------- flood
# Creates on one key, nothing ever emptied, for FLOOD_SECONDS (ours, README's start command) or PEER_FLOOD_SECONDS.
# wrk runs in back-to-back slices of FLOOD_SLICE seconds, so that req/s, errors and RSS come out over time; halfway
# through each slice the admin listing of the flooded workspace (ours) is timed while the load goes on.
FLOOD_DONE=0
declare -A FLOOD_SKIPPED=() FLOOD_FIRST=() FLOOD_ACCOUNT=() FLOOD_WARNINGS=()
FLOOD_RUN=()
if [[ $RUN_FLOOD -eq 1 ]]; then
  IFS=',' read -r -a flood_wanted <<<"$FLOOD_SERVERS"
  for server in "${flood_wanted[@]}"; do
    case $server in
      ours) ;;
      wiremock|wiremock_echo) [[ -z "$WIREMOCK_SKIP" ]] || { FLOOD_SKIPPED[$server]=$WIREMOCK_SKIP; continue; } ;;
      prism) [[ -z "$PRISM_SKIP" ]] || { FLOOD_SKIPPED[$server]=$PRISM_SKIP; continue; } ;;
      *) die "--flood-servers: unknown server '$server' (ours, wiremock, wiremock_echo, prism)" ;;
    esac
    tsv="$WORK/flood-$server.tsv"
    if [[ $server == ours ]]; then flood_for=$FLOOD_SECONDS; else flood_for=$PEER_FLOOD_SECONDS; fi
    printf 't_s\trps\tp99_ms\tnon2xx\ttimeouts\tsocket_errors\trss_mb\tadmin_ms\tadmin_status\n' >"$tsv"
    log "flood: $server, $flood_for s of creates on one key in slices of $FLOOD_SLICE s"
    "start_$server" "$WORK/logs/flood-$server-server.log"
    FLOOD_PID=$SERVER_PID
    FLOOD_FIRST[$server]=$(wait_first_created "$URL" "$KEJUE_KEY_HEADER" "$KEJUE_KEY" "$FIXTURES/kejue-request.json" \
      "$KEJUE_STATUS") || die "$server did not start for the flood; see $WORK/logs/flood-$server-server.log"
    export BENCH_BODY="$FIXTURES/kejue-request.json" BENCH_KEY_HEADER="$KEJUE_KEY_HEADER" BENCH_KEY="$KEJUE_KEY"
    flood_t0=$(date +%s)
    elapsed=0
    slices=0
    ok=0
    while (( elapsed < flood_for )); do
      slice=$(( flood_for - elapsed < FLOOD_SLICE ? flood_for - elapsed : FLOOD_SLICE ))
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${slice}s" --timeout 5s --latency -s "$BENCH/wrk/post.lua" "$URL" \
        >"$WORK/logs/flood-$server-slice.txt" 2>&1 &
      W=$!
      LOAD_PIDS+=("$W")
      admin_ms=""; admin_status=""
      if [[ $server == ours ]]; then
        sleep "$(awk -v s="$slice" 'BEGIN { print s / 2 }')"
        read -r admin_s admin_status < <(curl -s -o /dev/null -w '%{time_total} %{http_code}\n' --max-time 10 \
          "$KEJUE_ROOT/__admin/contacts?apiKey=$KEJUE_KEY&limit=100" || echo "10 000")
        admin_ms=$(awk -v s="$admin_s" 'BEGIN { printf "%.0f", s * 1000 }')
      fi
      wait "$W" || true
      kill -0 "$FLOOD_PID" 2>/dev/null || die "$server died during the flood; see $WORK/logs/flood-$server-server.log"
      line=$(grep '^BENCH ' "$WORK/logs/flood-$server-slice.txt" || true)
      [[ -n "$line" ]] || die "wrk printed no result during the flood of $server; see $WORK/logs/flood-$server-slice.txt"
      rss=$(rss_kb "$FLOOD_PID")
      elapsed=$(( $(date +%s) - flood_t0 ))
      slices=$(( slices + 1 ))
      non2xx=$(value non2xx "$line"); timeouts=$(value timeouts "$line")
      sockets=$(( $(value connect_errors "$line") + $(value read_errors "$line") + $(value write_errors "$line") ))
      ok=$(( ok + $(value requests "$line") - non2xx ))
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$elapsed" "$(value rps "$line")" \
        "$(awk -v v="$(value p99_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')" "$non2xx" "$timeouts" "$sockets" \
        "$(( rss / 1024 ))" "$admin_ms" "$admin_status" >>"$tsv"
      # the progress line: a long flood must not look hung
      log "flood $server: ${elapsed}/${flood_for} s, $(value rps "$line") req/s, RSS $(( rss / 1024 )) MB, non-2xx $non2xx, timeouts $timeouts${admin_ms:+, admin listing ${admin_ms} ms ($admin_status)}"
    done
    if [[ $server == ours ]]; then
      # every create accounted for: what the server keeps plus what its budget dropped, against the 2xx wrk counted
      listing=$(curl -s --max-time 30 "$KEJUE_ROOT/__admin/contacts?apiKey=$KEJUE_KEY&limit=0")
      total=$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' <<<"$listing")
      evicted=$(sed -n 's/.*"evicted":\([0-9]*\).*/\1/p' <<<"$listing")
      [[ -n "$total" && -n "$evicted" ]] || die "the admin listing did not give total and evicted: $listing"
      FLOOD_ACCOUNT[stored]=$total; FLOOD_ACCOUNT[evicted]=$evicted
      # + 1 for the start-up probe; wrk stops each slice without reading the answers in flight (at most one per
      # connection), which the server still created
      FLOOD_ACCOUNT[answered]=$(( ok + 1 ))
      FLOOD_ACCOUNT[in_flight_max]=$(( slices * CONNECTIONS ))
      FLOOD_WARNINGS[ours]=$(grep -c 'store full' "$WORK/logs/flood-$server-server.log" || true)
    fi
    stop_pid "$FLOOD_PID"
    FLOOD_RUN+=("$server")
  done
  FLOOD_DONE=1
  FLOOD_PNG=""
  if ensure_xchart; then
    if [[ $MODE == full ]]; then FLOOD_PNG="${OUT%.md}-flood.png"; else FLOOD_PNG="$WORK/flood.png"; fi
    mkdir -p "$(dirname "$FLOOD_PNG")"
    chart_args=()
    for server in "${FLOOD_RUN[@]}"; do chart_args+=("$(server_label "$server")=$WORK/flood-$server.tsv"); done
    java -cp "$XCHART_JAR" "$BENCH/tools/FloodChart.java" "$FLOOD_PNG" "Flood, creates on one key" "${chart_args[@]}" \
      >"$WORK/logs/flood-chart.log" 2>&1 || { XCHART_SKIP="the chart tool failed (see $WORK/logs/flood-chart.log)"; FLOOD_PNG=""; }
  fi
fi
LOAD_AFTER=$(loadavg)

# ---------------------------------------------------------------------------------------------- results
mkdir -p "$(dirname "$OUT")"
JDK=$(java -version 2>&1 | head -1)
JVM=$(java -version 2>&1 | sed -n 3p)
MEM_MB=$(awk '/MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=""
if [[ -n $(cd "$ROOT" && git status --porcelain 2>/dev/null) ]]; then DIRTY=" (with uncommitted changes)"; fi
FAILURES=()
# the JVM options as the results show them: paths relative to the repository, as README.md writes them
SHOWN_JAVA_OPTS=${MOCK_JAVA_OPTS//"$ROOT"\//}

{
  echo "# Benchmark results: $(date '+%F %H:%M %Z') on $HOST"
  echo
  echo "Produced by \`$INVOCATION\` (mode **$MODE**) at commit \`$COMMIT\`$DIRTY."
  [[ $MODE == quick ]] && echo "**Quick mode: durations of seconds; the numbers below only prove that the script works.**"
  echo
  echo "| machine | |"
  echo "|---|---|"
  echo "| CPU | $(nproc) cores, $CPU |"
  echo "| memory | $MEM_MB MB |"
  echo "| JDK | $JDK; $JVM |"
  echo "| OS | $(uname -sr) |"
  echo "| load average (1, 5, 15 min) | before the run: $LOAD_BEFORE; after it (includes its own load): $LOAD_AFTER |"
  echo "| tools | $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); Prism ${PRISM_VERSION}; WireMock standalone $WIREMOCK_VERSION |"
  echo
  echo "Absolute figures vary between machines, and the load generator shares the cores with the server;"
  echo "the ratios between servers measured in the same run are the claim."

  if [[ $RUN_COMPARE -eq 1 ]]; then
    echo
    echo "## Servers side by side"
    echo
    echo "wrk, $THREADS threads, $CONNECTIONS connections, loopback; POST of the Kejue spec's documented request example"
    echo "with a valid API key; per server and round a fresh start, ${WARMUP} s warm-up, then ${DURATION} s measured;"
    echo "$ROUNDS round(s), servers alternating (order rotated each round). Medians over rounds. Server CPU per request"
    echo "is the server process's user + system CPU time during the measured window divided by the requests served:"
    echo "less sensitive than req/s to other load on the machine."
    echo
    echo "- **ours**: \`java ${MOCK_JAVA_OPTS:+$SHOWN_JAVA_OPTS }-jar contacts-mock-server.jar${MOCK_ARGS:+ $MOCK_ARGS}\` (as README.md starts it), both services up"
    echo "  with default settings: API-key check, request validation against the spec, response built from the spec's"
    echo "  schema, contact stored, WireMock request journal bounded at its default size."
    [[ " ${SERVERS[*]} " == *" ours_plain "* ]] && echo "- **ours, plain \`java -jar\`**: the same without JVM options (no class-data archive, G1, heap up to a quarter of RAM)."
    echo "- **WireMock static**: WireMock $WIREMOCK_VERSION standalone (\`java ${WIREMOCK_JAVA_OPTS:+$WIREMOCK_JAVA_OPTS }-jar\`), one static stub per service"
    echo "  answering the documented example, \`--no-request-journal\`, one Jetty acceptor (as ours)."
    echo "- **WireMock echo stub**: the same WireMock with what a user might write instead of this mock: one stub whose"
    echo "  Handlebars template echoes the request's fields into the documented answer (\`jsonPath request.body\`, \`toJson\`,"
    echo "  \`randomValue type='UUID'\`, \`now\`; written from the spec's examples), \`--global-response-templating"
    echo "  --no-request-journal\`. It neither validates nor stores anything."
    echo "- **Prism static**: \`prism mock\` $PRISM_VERSION on the same kejue.yaml: static examples, request validation,"
    echo "  default settings (it logs each request; the log goes to a file). Also measured with \`--verboseLevel warn\`,"
    echo "  which logs nothing per request; the Prism target is checked against both."
    echo "- **plain Jetty, fixed bytes**: the physical limit of this machine for these requests: the Jetty that WireMock"
    echo "  and ours run on (11, from our jar), reading the body and answering the static stub's bytes, nothing else"
    echo "  (\`bench/tools/PlainJetty.java\`). Its start includes compiling that file, so its first-201 time means nothing."
    echo
    echo "| server | req/s | p50 ms | p99 ms | non-2xx | socket errors | start → first 201 | RSS after run | server CPU per request |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for s in ours ours_plain wiremock wiremock_echo prism prism_quiet jetty; do
      [[ " ${SERVERS[*]} " == *" $s "* || -n "${SKIPPED[$s]:-}" ]] || continue
      label=$(server_label "$s")
      if [[ -n "${SKIPPED[$s]:-}" ]]; then echo "| $label | skipped: ${SKIPPED[$s]} | | | | | | | |"; continue; fi
      echo "| $label | $(fmt "$(med $s 3)") | $(fmt "$(awk -v v="$(med $s 4)" 'BEGIN{print v/1000}')" 1) | $(fmt "$(awk -v v="$(med $s 5)" 'BEGIN{print v/1000}')" 1) | $(col_sum $s 6) | $(col_sum $s 7) | $(fmt "$(med $s 8)") ms | $(fmt "$(awk -v v="$(med $s 9)" 'BEGIN{print v/1024}')") MB | $(fmt "$(med $s 10)") µs |"
    done
    echo
    echo "Every round:"
    echo
    echo "| round | server | req/s | p50 ms | p99 ms | non-2xx | first 201 ms | RSS MB | CPU µs/request |"
    echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
    awk -F'\t' 'NR > 1 { printf "| %s | %s | %.0f | %.1f | %.1f | %s | %s | %.0f | %s |\n", $1, $2, $3, $4 / 1000, $5 / 1000, $6, $8, $9 / 1024, $10 }' "$COMPARE_TSV"
  fi

  if [[ $PROFILE_DONE -eq 1 ]]; then
    echo
    echo "## Where the mock server's time goes (JFR)"
    echo
    echo "Our mock server under the same load (fresh start, ${WARMUP} s warm-up, ${DURATION} s recorded with"
    echo "\`jcmd JFR.start settings=profile\`), summarised by \`bench/tools/JfrHotPaths.java\`; the recording is"
    echo "\`${WORK#"$ROOT"/}/ours.jfr\` (\`jfr print --events jdk.ExecutionSample\` shows the raw stacks)."
    echo
    sed -n '1,/^$/p' "$PROFILE_SUMMARY"
    sed -n '/^| part/,/^$/p' "$PROFILE_SUMMARY"
    echo '```text'
    sed -n '/^Hottest methods/,$p' "$PROFILE_SUMMARY"
    echo '```'
  elif [[ $RUN_PROFILE -eq 1 ]]; then
    echo
    echo "## Where the mock server's time goes (JFR)"
    echo
    echo "Skipped: $PROFILE_SKIP."
  fi

  if [[ $RUN_JMH -eq 1 ]]; then
    echo
    echo "## Client overhead (JMH)"
    echo
    echo "One create call, single thread, against an in-process WireMock static stub (the same stubs), average"
    echo "time per call (2 forks × 5 iterations of 2 s after warm-up). Raw = \`java.net.http.HttpClient\` sending the"
    echo "example as ready bytes and reading bytes. Ratio = client ÷ raw HttpClient with the same version setting:"
    echo "HTTP_1_1 for HttpURLConnection and OkHttp; HTTP_2 (HttpClient's default, which feign-java11 keeps) for"
    echo "JAVA_HTTP_CLIENT: it asks for an h2c upgrade, which Jetty does not grant to a POST, so the calls stay HTTP/1.1."
    [[ $MODE == quick ]] && echo "Quick mode: one 300 ms iteration without warm-up or fork; the numbers mean nothing."
    echo
    echo "| service | transport | client µs/call | raw HttpClient µs/call | client ÷ raw | target ≤ 1.3 |"
    echo "|---|---|---:|---:|---:|---|"
    for svc in kejue recepta; do
      for t in URL_CONNECTION JAVA_HTTP_CLIENT OKHTTP; do
        if [[ $t == JAVA_HTTP_CLIENT ]]; then v=HTTP_2; else v=HTTP_1_1; fi
        c=$(jmh_score ClientCreateBenchmark "$svc" "$t"); r=$(jmh_score RawHttpClientBenchmark "$svc" "$v")
        q=$(ratio "$c" "$r")
        echo "| $svc | $t | $(fmt "$c" 0) | $(fmt "$r" 0) ($v) | ${q:-n/a} | $(verdict "$q" '<=' 1.3) |"
      done
    done
  fi

  if [[ $RUN_JMH -eq 1 ]]; then
    streamed=$(jmh_score RawUrlConnectionBenchmark kejue true); buffered=$(jmh_score RawUrlConnectionBenchmark kejue false)
    echo
    echo "Why URL_CONNECTION costs more: a bare \`HttpURLConnection\` making the same Kejue call, the body sent in"
    echo "fixed-length streaming mode (as Feign's \`Client.Default\` sends it) takes $(fmt "$streamed") µs; buffered (the JDK's"
    echo "default) $(fmt "$buffered") µs. Feign streams it so that HttpURLConnection cannot silently re-send a POST"
    echo "(it does so with a buffered body when a kept-alive connection turns out closed)."
    feign_style=$(jmh_score RawHttpClientFeignStyleBenchmark kejue true); plain=$(jmh_score RawHttpClientFeignStyleBenchmark kejue false)
    echo
    echo "Part of what JAVA_HTTP_CLIENT costs: a bare \`HttpClient\` making the same Kejue call the way feign-java11's"
    echo "\`Http2Client\` does (a per-request timeout, the answer read through \`BodyHandlers.ofInputStream()\`) takes"
    echo "$(fmt "$feign_style") µs; the raw way (no timeout, \`ofByteArray()\`) $(fmt "$plain") µs."
  fi

  if [[ $SOAK_DONE -eq 1 ]]; then
    echo
    echo "## Soak"
    echo
    echo "Our mock server (\`java ${MOCK_JAVA_OPTS:+$SHOWN_JAVA_OPTS }-jar\`, default settings), both services at once for $SOAK_SECONDS s: per service one wrk thread with"
    echo "$SOAK_CONNECTIONS_PER_SERVICE connections; of every 10 requests 6 valid creates, 1 wrong type in the body, 1 malformed"
    echo "JSON, 1 missing API key, 1 unknown API key (4xx expected for those)."
    echo
    echo "| service | requests | req/s | 2xx | 4xx | 5xx | other | socket errors + timeouts | p99 ms |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for svc in kejue recepta; do
      echo "| $svc | ${SOAK[$svc.requests]} | $(fmt "${SOAK[$svc.rps]}") | ${SOAK[$svc.s2xx]} | ${SOAK[$svc.s4xx]} | ${SOAK[$svc.s5xx]} | ${SOAK[$svc.other]} | $(( ${SOAK[$svc.socket_errors]} + ${SOAK[$svc.timeouts]} )) | $(fmt "$(awk -v v="${SOAK[$svc.p99_us]}" 'BEGIN{print v/1000}')" 1) |"
    done
    echo
    echo "RSS: $(( SOAK_RSS_START / 1024 )) MB at start (after the first 201), $(( SOAK_RSS_END / 1024 )) MB at the end, peak $(( SOAK_RSS_PEAK / 1024 )) MB."
    echo
    if (( SOAK_RESET > 0 )); then
      echo "Stored contacts were emptied every $SOAK_RESET s (\`DELETE /__admin/contacts\`), as the JUnit extension does between"
      echo "tests; without that, once the store's budget (\`--max-stored-mb\`) is full each create drops the oldest (the flood measures it)."
    else
      echo "Stored contacts were never emptied during the soak: once the store's budget is full, each create drops the oldest."
    fi
    echo "Contacts stored (deleted + evicted, as the DELETEs count them) vs 2xx answers: Kejue ${STORED[kejue]} vs ${SOAK[kejue.s2xx]} (+1 start-up probe),"
    echo "Recepta ${STORED[recepta]} vs ${SOAK[recepta.s2xx]}: none lost (a few more stored than counted is possible: wrk"
    echo "stops without reading the answers still in flight)."
    if [[ -n "$BYTES_PER_CONTACT" ]]; then
      echo "Heap per stored contact (live heap after a full GC before and after emptying $LAST_BATCH contacts):"
      echo "about $BYTES_PER_CONTACT bytes, i.e. $(( BYTES_PER_CONTACT * 1000000 / 1048576 )) MB per million contacts kept."
    fi
  fi

  if [[ $FLOOD_DONE -eq 1 ]]; then
    echo
    echo "## Flood"
    echo
    echo "Creates of the Kejue example on one key, never emptied, for $FLOOD_SECONDS s (ours) and $PEER_FLOOD_SECONDS s (each peer: they keep"
    echo "nothing per request, and 10 minutes draw their line beside ours), one server after the"
    echo "other; ours started as README.md says (\`java ${MOCK_JAVA_OPTS:+$SHOWN_JAVA_OPTS }-jar contacts-mock-server.jar${MOCK_ARGS:+ $MOCK_ARGS}\`, so with the"
    echo "store's default budget). wrk $THREADS threads / $CONNECTIONS connections in back-to-back slices of $FLOOD_SLICE s; the server's RSS"
    echo "after each slice; for ours, the admin listing of the flooded workspace (\`GET /__admin/contacts?apiKey=…&limit=100\`)"
    echo "timed halfway through each slice, under the load. Every request is a valid create: any non-2xx answer is a failure."
    echo
    if [[ -n "${FLOOD_PNG:-}" ]]; then
      echo "![requests per second and RSS over the flood, per server]($(basename "$FLOOD_PNG"))"
    else
      echo "(No chart: ${XCHART_SKIP:-not drawn}.)"
    fi
    echo
    echo "| server | start → first 2xx | req/s, median of slices | first / last slice req/s | p99 ms, median of slices | non-2xx | timeouts | socket errors | RSS MB start / max / end | RSS max − min over the last two thirds | admin listing ms, median / max |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for server in "${FLOOD_RUN[@]}"; do
      tsv="$WORK/flood-$server.tsv"
    if [[ $server == ours ]]; then flood_for=$FLOOD_SECONDS; else flood_for=$PEER_FLOOD_SECONDS; fi
      col() { awk -F'\t' -v c="$1" 'NR > 1 && $c != "" { print $c }' "$tsv"; }
      rss_tail=$(awk -F'\t' 'NR > 1 { t[NR] = $1; r[NR] = $7; n = NR } END { if (!n) exit; cut = t[n] / 3;
        for (i = 2; i <= n; i++) if (t[i] >= cut) { if (min == "" || r[i] < min) min = r[i]; if (r[i] > max) max = r[i] }
        print max - min }' "$tsv")
      admin="n/a"
      [[ $server == ours ]] && admin="$(fmt "$(col 8 | median)") / $(col 8 | sort -g | tail -1)"
      echo "| $(server_label "$server") | ${FLOOD_FIRST[$server]} ms | $(fmt "$(col 2 | median)") | $(fmt "$(col 2 | head -1)") / $(fmt "$(col 2 | tail -1)") | $(fmt "$(col 3 | median)" 1) | $(col 4 | awk '{ t += $1 } END { print t + 0 }') | $(col 5 | awk '{ t += $1 } END { print t + 0 }') | $(col 6 | awk '{ t += $1 } END { print t + 0 }') | $(col 7 | head -1) / $(col 7 | sort -g | tail -1) / $(col 7 | tail -1) | ${rss_tail:-n/a} | $admin |"
    done
    for server in "${!FLOOD_SKIPPED[@]}"; do echo "| $(server_label "$server") | skipped: ${FLOOD_SKIPPED[$server]} | | | | | | | | | |"; done
    if [[ " ${FLOOD_RUN[*]} " == *" ours "* ]]; then
      accounted=$(( FLOOD_ACCOUNT[stored] + FLOOD_ACCOUNT[evicted] ))
      echo
      echo "Every create accounted for (ours): wrk counted ${FLOOD_ACCOUNT[answered]} successful creates (with the start-up"
      echo "probe); the workspace holds ${FLOOD_ACCOUNT[stored]} and counts ${FLOOD_ACCOUNT[evicted]} evicted by the store's budget: $accounted in all,"
      echo "$(( accounted - FLOOD_ACCOUNT[answered] )) more than counted, which wrk sent but stopped waiting for when it ended a slice (at most one"
      echo "per connection and slice, here ${FLOOD_ACCOUNT[in_flight_max]}). The server logged the eviction ${FLOOD_WARNINGS[ours]:-0} time(s) at WARN."
    fi
    echo
    echo "Over time (every few slices):"
    echo
    header="| s |"; rule="|---:|"
    for server in "${FLOOD_RUN[@]}"; do header="$header $(server_label "$server") req/s | RSS MB |"; rule="$rule---:|---:|"; done
    echo "$header"; echo "$rule"
    rows=$(awk 'END { print NR - 1 }' "$WORK/flood-${FLOOD_RUN[0]}.tsv")
    step=$(( rows > 12 ? (rows + 11) / 12 : 1 ))
    for (( i = step; i <= rows; i += step )); do
      rowline="| $(awk -F'\t' -v r=$(( i + 1 )) 'NR == r { print $1 }' "$WORK/flood-${FLOOD_RUN[0]}.tsv") |"
      for server in "${FLOOD_RUN[@]}"; do
        rowline="$rowline $(awk -F'\t' -v r=$(( i + 1 )) 'NR == r { printf "%.0f | %s", $2, $7; found = 1 } END { if (!found) printf " | " }' "$WORK/flood-$server.tsv") |"
      done
      echo "$rowline"
    done
    echo
    echo "Per-slice figures: \`${WORK#"$ROOT"/}/flood-<server>.tsv\`."
  fi

  if [[ $RUN_COMPARE -eq 1 || $SOAK_DONE -eq 1 || $RUN_JMH -eq 1 || $FLOOD_DONE -eq 1 ]]; then
    echo
    echo "## Targets"
    echo
    echo "| target | measured | verdict |"
    echo "|---|---|---|"
  fi
  if [[ $RUN_COMPARE -eq 1 ]]; then
    ours_rps=$(med ours 3); wm_rps=$(med wiremock 3); pr_rps=$(med prism 3); prq_rps=$(med prism_quiet 3)
    echo_rps=$(med wiremock_echo 3)
    r_wm=$(ratio "$ours_rps" "$wm_rps"); r_pr=$(ratio "$ours_rps" "$pr_rps"); r_prq=$(ratio "$ours_rps" "$prq_rps")
    r_echo=$(ratio "$ours_rps" "$echo_rps")
    ours_p99=$(med ours 5); wm_p99=$(med wiremock 5)
    jetty_rps=$(med jetty 3); r_jetty=$(ratio "$ours_rps" "$jetty_rps")
    ours_cpu=$(med ours 10); wm_cpu=$(med wiremock 10)
    ours_first=$(med ours 8); wm_first=$(med wiremock 8)
    echo "| server CPU per request ≤ WireMock static's | $(fmt "$ours_cpu") µs vs $(fmt "$wm_cpu") µs | $(verdict "$(ratio "$ours_cpu" "$wm_cpu")" '<=' 1) |"
    echo "| req/s ≥ 1.0 × WireMock static | ours ÷ WireMock = ${r_wm:-n/a} | $(verdict "$r_wm" '>=' 1.0) |"
    echo "| req/s ≥ 1.5 × WireMock echo stub | ours ÷ echo stub = ${r_echo:-n/a} | $(verdict "$r_echo" '>=' 1.5) |"
    echo "| req/s ≥ 3 × Prism static | ours ÷ Prism = ${r_pr:-n/a} | $(verdict "$r_pr" '>=' 3) |"
    echo "| req/s ≥ 3 × Prism static, \`--verboseLevel warn\` | ours ÷ Prism = ${r_prq:-n/a} | $(verdict "$r_prq" '>=' 3) |"
    echo "| p99 ≤ 1.2 × WireMock static's p99 | $(fmt "$(awk -v v="$ours_p99" 'BEGIN{print v/1000}')" 1) ms vs $( [[ -n "$wm_p99" ]] && fmt "$(awk -v v="$wm_p99" 'BEGIN{print v/1000}')" 1 || echo n/a) ms | $(verdict "$( [[ -n "$wm_p99" ]] && ratio "$ours_p99" "$wm_p99")" '<=' 1.2) |"
    echo "| start → first 201 ≤ WireMock static's, same run | $(fmt "$ours_first") ms vs $(fmt "$wm_first") ms (medians) | $(verdict "$(ratio "$ours_first" "$wm_first")" '<=' 1) |"
    echo "| (no target) share of the physical limit, plain Jetty | ours ÷ plain Jetty = ${r_jetty:-n/a} | reported |"
  fi
  if [[ $SOAK_DONE -eq 1 ]]; then
    echo "| RSS ≤ 400 MB after the soak | $(( SOAK_RSS_END / 1024 )) MB | $(verdict $(( SOAK_RSS_END / 1024 )) '<=' 400) |"
    s5=$(( ${SOAK[kejue.s5xx]} + ${SOAK[recepta.s5xx]} ))
    echo "| no 5xx in the soak | $s5 | $(verdict "$s5" '<=' 0) |"
  fi
  if [[ $FLOOD_DONE -eq 1 && " ${FLOOD_RUN[*]} " == *" ours "* ]]; then
    ftsv="$WORK/flood-ours.tsv"
    f_bad=$(awk -F'\t' 'NR > 1 { t += $4 } END { print t + 0 }' "$ftsv")
    f_to=$(awk -F'\t' 'NR > 1 { t += $5 } END { print t + 0 }' "$ftsv")
    f_admin=$(awk -F'\t' 'NR > 1 { if ($9 != "200") bad = 1; if ($8 > m) m = $8 } END { print bad ? 99999 : m + 0 }' "$ftsv")
    f_rss=$(awk -F'\t' 'NR > 1 && $7 > m { m = $7 } END { print m + 0 }' "$ftsv")
    f_flat=$(awk -F'\t' 'NR > 1 { t[NR] = $1; r[NR] = $7; n = NR } END { cut = t[n] / 3;
      for (i = 2; i <= n; i++) if (t[i] >= cut) { if (min == "" || r[i] < min) min = r[i]; if (r[i] > max) max = r[i] }
      print max - min }' "$ftsv")
    f_extra=$(( FLOOD_ACCOUNT[stored] + FLOOD_ACCOUNT[evicted] - FLOOD_ACCOUNT[answered] ))
    f_acc_ok=$(( f_extra >= 0 && f_extra <= FLOOD_ACCOUNT[in_flight_max] ? 0 : 1 ))
    echo "| flood ($FLOOD_SECONDS s): no non-2xx answer (so no 5xx) | $f_bad | $(verdict "$f_bad" '<=' 0) |"
    echo "| flood: no timeouts | $f_to | $(verdict "$f_to" '<=' 0) |"
    echo "| flood: admin listing answers (200) in < 1 s throughout | max $( (( f_admin == 99999 )) && echo "a non-200 answer" || echo "$f_admin ms") | $(verdict "$f_admin" '<=' 999) |"
    echo "| flood: RSS ≤ 400 MB | max $f_rss MB | $(verdict "$f_rss" '<=' 400) |"
    echo "| flood: RSS flat over the last two thirds (max − min ≤ 50 MB) | $f_flat MB | $(verdict "$f_flat" '<=' 50) |"
    echo "| flood: every create accounted for (stored + evicted = created) | $(( FLOOD_ACCOUNT[stored] + FLOOD_ACCOUNT[evicted] )) for ${FLOOD_ACCOUNT[answered]} counted (+ ≤ ${FLOOD_ACCOUNT[in_flight_max]} in flight) | $(verdict "$f_acc_ok" '<=' 0) |"
  fi
  if [[ $RUN_JMH -eq 1 ]]; then
    # client ÷ raw for one transport, the worse of the two services
    transport_ratio() {
      local t=$1 v=HTTP_1_1 svc
      [[ $t == JAVA_HTTP_CLIENT ]] && v=HTTP_2
      for svc in kejue recepta; do
        ratio "$(jmh_score ClientCreateBenchmark "$svc" "$t")" "$(jmh_score RawHttpClientBenchmark "$svc" "$v")"; echo
      done | sort -g | tail -1
    }
    if [[ -n "$DEFAULT_TRANSPORT" ]]; then
      q=$(transport_ratio "$DEFAULT_TRANSPORT")
      echo "| client ≤ 1.3 × raw HttpClient, default transport ($DEFAULT_TRANSPORT) | client ÷ raw = ${q:-n/a} (worse service) | $(verdict "$q" '<=' 1.3) |"
    fi
    for t in URL_CONNECTION JAVA_HTTP_CLIENT OKHTTP; do
      [[ $t == "$DEFAULT_TRANSPORT" ]] && continue
      q=$(transport_ratio "$t")
      echo "| client ≤ 1.3 × raw HttpClient, transport $t | client ÷ raw = ${q:-n/a} (worse service) | $(verdict "$q" '<=' 1.3) |"
    done
  fi
  [[ $MODE == quick ]] && echo && echo "(Quick mode: verdicts on seconds of load mean nothing.)"
} >"$OUT"

# Functional failures (not performance targets) fail the run in every mode.
if [[ $RUN_COMPARE -eq 1 ]]; then
  for s in "${SERVERS[@]}"; do
    [[ $(col_sum "$s" 6) -eq 0 ]] || FAILURES+=("$s answered non-2xx during the load (see $WORK/logs)")
  done
fi
if [[ $SOAK_DONE -eq 1 ]]; then
  for svc in kejue recepta; do
    [[ ${SOAK[$svc.s5xx]} -eq 0 ]] || FAILURES+=("$svc answered 5xx in the soak")
    # 6 of every 10 requests are valid; each wrk connection walks the same mix, so the share stays close to 60 %
    share=$(awk -v a="${SOAK[$svc.s2xx]}" -v n="${SOAK[$svc.requests]}" 'BEGIN { print (n > 0) ? a / n : 0 }')
    awk -v s="$share" 'BEGIN { exit !(s >= 0.5 && s <= 0.7) }' \
      || FAILURES+=("$svc soak: $share of the answers were 2xx, expected about 0.6 (4xx only for the invalid requests)")
    [[ ${SOAK[$svc.other]} -eq 0 ]] || FAILURES+=("$svc soak: answers other than 2xx/4xx/5xx")
    # every 2xx stored exactly one contact: the DELETEs must account for all of them (plus Kejue's start-up probe,
    # plus at most one answer per connection that wrk did not wait for at the end)
    expected=${SOAK[$svc.s2xx]}; [[ $svc == kejue ]] && expected=$(( expected + 1 ))
    extra=$(( STORED[$svc] - expected ))
    (( extra >= 0 && extra <= SOAK_CONNECTIONS_PER_SERVICE )) \
      || FAILURES+=("$svc soak: ${STORED[$svc]} contacts stored for $expected created (2xx)")
  done
fi

if [[ $FLOOD_DONE -eq 1 && " ${FLOOD_RUN[*]} " == *" ours "* ]]; then
  [[ $(awk -F'\t' 'NR > 1 { t += $4 } END { print t + 0 }' "$WORK/flood-ours.tsv") -eq 0 ]] \
    || FAILURES+=("ours answered non-2xx to valid creates in the flood (see $WORK/flood-ours.tsv)")
  extra=$(( FLOOD_ACCOUNT[stored] + FLOOD_ACCOUNT[evicted] - FLOOD_ACCOUNT[answered] ))
  (( extra >= 0 && extra <= FLOOD_ACCOUNT[in_flight_max] )) \
    || FAILURES+=("flood: stored ${FLOOD_ACCOUNT[stored]} + evicted ${FLOOD_ACCOUNT[evicted]} does not account for ${FLOOD_ACCOUNT[answered]} creates")
fi

log "results: ${OUT#"$ROOT"/}"
cat "$OUT"
if [[ ${#FAILURES[@]} -gt 0 ]]; then
  for f in "${FAILURES[@]}"; do log "FAILED: $f"; done
  exit 1
fi
