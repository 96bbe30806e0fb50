#!/bin/sh
# Benchmark of reading a repository of 1,000 deployments x 5 statuses the way a real network
# does it (not a test; not run by `make test`): Debian's nginx as a TLS + HTTP/2 reverse proxy in
# front of the emulator, with a certificate authority made for the run (the clients trust it
# through their CA option, never by ignoring errors), and the emulator's added latency at 0 and
# 50 ms (LATENCIES). Rows, side by side:
#   DeployDeck export over GraphQL (HTTP/2); over REST with HTTP/2; over REST with HTTP/1.1;
#   octokit.js (@octokit/rest, paginate + statuses, 4 in flight; Node speaks HTTP/1.1);
#   the curl floor over HTTP/2 (--http2 --parallel, the same URLs, as many in flight as the
#   client) and over HTTP/1.1 (4 in flight);
#   the window's first load (RepositorySession): first deployments on screen, all coloured.
# For each row: the time, requests and TCP connections (nginx's access log: lines, distinct
# $connection), and rate-limit points (GET /rate_limit of the emulator before and after: core
# and graphql). DeployDeck's rows run tests/bin/bench_export (the exporter `deploydeck export`
# runs, and the session the window runs), and `deploydeck export` itself (whole process).
# Usage: tests/bench/export-bench.sh [BUILD_DIR]   (default: build)
#   LATENCIES="0 50"  READS_HTTP2=32  SWEEP="4 8 16 32 64" (REST over HTTP/2 at each in-flight
#   count, to choose the client's default)
set -eu
BUILD=${1:-build}
BIN="$BUILD/bin"
TBIN="$BUILD/tests/bin"
DEPLOYMENTS=${DEPLOYMENTS:-1000}
STATUSES=${STATUSES:-5}
LATENCIES=${LATENCIES:-0 50}
READS_HTTP2=${READS_HTTP2:-32}
SWEEP=${SWEEP:-}
TOKEN=bench-token
REPO=octo/synthetic
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
EMULATOR_PID=
NGINX_PID=
cleanup() {
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
    [ -n "$EMULATOR_PID" ] && kill "$EMULATOR_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

command -v nginx >/dev/null 2>&1 || NGINX=/usr/sbin/nginx
NGINX=${NGINX:-nginx}
[ -x "$(command -v "$NGINX")" ] || { echo "nginx is missing: run scripts/bootstrap" >&2; exit 1; }
[ -x "$TBIN/bench_export" ] || { echo "build bench_export first (make build)" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# The run's certificate authority and the proxy's certificate (127.0.0.1, localhost).
sh "$HERE/../data/tls/make-test-ca.sh" "$WORK/tls"
CA="$WORK/tls/ca.pem"

"$BIN/deploydeck-emulator" --port 0 --data "synthetic:$DEPLOYMENTS:$STATUSES" --token "$TOKEN" \
    > "$WORK/emulator.out" 2>&1 &
EMULATOR_PID=$!
i=0
until grep -q '^Listening on ' "$WORK/emulator.out" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "emulator did not start" >&2; exit 1; }
    sleep 0.1
done
EMU=$(sed -n 's/^Listening on //p' "$WORK/emulator.out" | head -n1)
EMU_PORT=${EMU##*:}
# Every row spends from a budget large enough for all of them; each row's points are counted.
curl -s -X POST -d '{"limit": 1000000}' "$EMU/_emulator/rate_limit" > /dev/null

H2_PORT=$(free_port)
H1_PORT=$(free_port)
mkdir -p "$WORK/nginx/tmp"
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
    log_format bench '\$connection \$connection_requests \$server_port \$server_protocol \$status';
    access_log $WORK/nginx/access.log bench;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    keepalive_requests 100000;
    keepalive_timeout 120s;
    http2_max_concurrent_streams 128;
    upstream emulator {
        server 127.0.0.1:$EMU_PORT;
        keepalive 128;
    }
    server {
        listen 127.0.0.1:$H2_PORT ssl http2;
        listen 127.0.0.1:$H1_PORT ssl;
        ssl_certificate $WORK/tls/server.pem;
        ssl_certificate_key $WORK/tls/server.key;
        location / {
            proxy_pass http://emulator;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-Proto https;
            proxy_buffering off;
        }
    }
}
EOF
"$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" 2> "$WORK/nginx/start.err" &
NGINX_PID=$!
i=0
until curl -s -o /dev/null --cacert "$CA" "https://127.0.0.1:$H2_PORT/_emulator/requests"; do
    i=$((i + 1)); [ $i -gt 100 ] && { cat "$WORK/nginx/start.err" >&2; echo "nginx did not start" >&2; exit 1; }
    sleep 0.1
done
H2="https://127.0.0.1:$H2_PORT"
H1="https://127.0.0.1:$H1_PORT"

points() { # "core graphql" used so far (GET /rate_limit is free)
    curl -s -H "Authorization: Bearer $TOKEN" "$EMU/rate_limit" |
        json 'str(d["resources"]["core"]["used"]) + " " + str(d["resources"]["graphql"]["used"])'
}
log_lines() { wc -l < "$WORK/nginx/access.log"; }
# Requests and distinct connections in the access log since line $1.
traffic() {
    tail -n +"$(($1 + 1))" "$WORK/nginx/access.log" | awk '{ n++; c[$1] = 1; p[$4] = 1 }
        END { k = 0; for (x in c) k++; s = ""; for (x in p) s = s x " "; printf "%d %d %s", n, k, s }'
}
row() { # label ms deployments ; uses $before_* set by begin
    label=$1; ms=$2; what=$3
    set -- $(traffic "$before_lines")
    requests=$1; connections=$2; shift 2; protocols="$*"
    set -- $(points)
    printf '| %-44s | %7s | %8s | %11s | %6s | %7s | %-9s | %s\n' "$label" "$ms" "$requests" \
        "$connections" $(($1 - before_core)) $(($2 - before_graphql)) "$protocols" "$what"
}
begin() {
    before_lines=$(log_lines)
    set -- $(points)
    before_core=$1; before_graphql=$2
}

export GITHUB_TOKEN=$TOKEN
# The URLs a REST reader fetches: the deployment pages, then each deployment's statuses.
urls_for() { # $1 = base URL
    pages=$(( (DEPLOYMENTS + 99) / 100 ))
    p=1; while [ $p -le $pages ]; do echo "$1/repos/$REPO/deployments?per_page=100&page=$p"; p=$((p + 1)); done
    curl -s -H "Authorization: Bearer $TOKEN" "$EMU/repos/$REPO/deployments?per_page=100&page=[1-$pages]" |
        grep -o '"statuses_url": *"[^"]*"' | sed 's|.*"https*://[^/]*\(/[^"]*\)"|\1|' |
        sed "s|.*|$1&?per_page=100|"
}
curl_floor() { # $1 = URL list, $2 = in flight, $3 = --http2 or --http1.1
    sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$1" > "$WORK/curl.config"
    start=$(now_ms)
    curl -s --no-progress-meter "$3" --cacert "$CA" --parallel --parallel-max "$2" \
        -H "Authorization: Bearer $TOKEN" -H "Accept: application/vnd.github+json" \
        -w '%{http_code}\n' -K "$WORK/curl.config" > "$WORK/curl.out" 2> "$WORK/curl.err"
    echo $(($(now_ms) - start)) "$(grep -c '^200$' "$WORK/curl.out") of $(wc -l < "$WORK/curl.config" | awk '{print $1/2}') answered 200"
}
export_row() { # label, then bench_export arguments
    label=$1; shift
    begin
    out=$("$TBIN/bench_export" --repo "$REPO" --ca-file "$CA" "$@" 2>"$WORK/bench.err") || {
        echo "$label failed: $out $(cat "$WORK/bench.err")" >&2; return 0; }
    ms=$(echo "$out" | json 'd["ms"]')
    row "$label" "$ms" "$(echo "$out" | json '"%d deployments%s" % (d["deployments"], ", graphql" if d["graphql"] else "")')"
}
cli_row() { # label, then deploydeck export arguments: the command itself, process start included
    label=$1; shift
    begin
    start=$(now_ms)
    HOME="$WORK/home" XDG_CACHE_HOME="$WORK/home/cache" "$BIN/deploydeck" export --repo "$REPO" \
        --ca-file "$CA" --no-cache -o "$WORK/export.json" "$@" 2>"$WORK/cli.err" || {
        echo "$label failed: $(cat "$WORK/cli.err")" >&2; return 0; }
    ms=$(($(now_ms) - start))
    row "$label" "$ms" "$(json 'len(d)' < "$WORK/export.json") deployments, whole process"
}

echo "export benchmark: $DEPLOYMENTS deployments x $STATUSES statuses; emulator behind nginx $("$NGINX" -v 2>&1 | sed 's/.*\///') (TLS; HTTP/2 on one port, HTTP/1.1 on another), test CA of the run"
# Listed once, before any row counts its points.
urls_for "$H2" > "$WORK/urls-h2"
urls_for "$H1" > "$WORK/urls-h1"
for latency in $LATENCIES; do
    curl -s -X POST -d "{\"ms\": $latency}" "$EMU/_emulator/latency" > /dev/null
    echo
    echo "emulator latency: $latency ms per answer"
    echo "| row                                          |      ms | requests | connections | REST p | GQL p   | protocol  | notes"
    echo "|----------------------------------------------|---------|----------|-------------|--------|---------|-----------|------"
    export_row "DeployDeck export, GraphQL, HTTP/2" --api-url "$H2"
    export_row "DeployDeck export, REST, HTTP/2 ($READS_HTTP2 in flight)" --api-url "$H2" --rest --reads-http2 "$READS_HTTP2"
    export_row "DeployDeck export, REST, HTTP/1.1 (4 in flight)" --api-url "$H1" --rest
    cli_row "deploydeck export (the command), GraphQL, HTTP/2" --api-url "$H2"
    cli_row "deploydeck export --rest (the command), HTTP/2" --api-url "$H2" --rest
    begin
    out=$(NODE_EXTRA_CA_CERTS="$CA" node "$HERE/octokit-export.mjs" "$H1" "${REPO%/*}" "${REPO#*/}" 2>"$WORK/octokit.err") &&
        row "octokit.js @octokit/rest, HTTP/1.1, 4 in flight" "$(echo "$out" | json 'd["ms"]')" "$(echo "$out" | json '"%d deployments, %d statuses" % (d["deployments"], d["statuses"])')" ||
        echo "octokit row failed: $(cat "$WORK/octokit.err" | head -3)" >&2
    begin
    set -- $(curl_floor "$WORK/urls-h2" "$READS_HTTP2" --http2)
    ms=$1; shift
    row "curl floor, HTTP/2 ($READS_HTTP2 in flight)" "$ms" "$*"
    begin
    set -- $(curl_floor "$WORK/urls-h1" 4 --http1.1)
    ms=$1; shift
    row "curl floor, HTTP/1.1 (4 in flight)" "$ms" "$*"
    for mode in graphql rest; do
        begin
        extra=; [ $mode = rest ] && extra=--rest
        out=$("$TBIN/bench_export" --repo "$REPO" --ca-file "$CA" --api-url "$H2" --session $extra --reads-http2 "$READS_HTTP2" 2>"$WORK/bench.err") || {
            echo "window row failed: $out" >&2; continue; }
        row "window first load, $mode, HTTP/2" "$(echo "$out" | json 'd["loadedMs"]')" \
            "$(echo "$out" | json '"first rows %d ms, all coloured %d ms, load done %d ms, %d deployments" % (d["firstRowsMs"], d["allColouredMs"], d["loadedMs"], d["deployments"])')"
    done
    for n in $SWEEP; do
        export_row "sweep: REST, HTTP/2, $n in flight" --api-url "$H2" --rest --reads-http2 "$n"
    done
done
