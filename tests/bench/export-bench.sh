#!/bin/sh
# Benchmark of `deploydeck export` (not a test; not run by `make test`).
# Exports a repository of 1,000 deployments x 5 statuses from the emulator, cold (empty ETag
# cache) and warm (the cache file the CLI keeps in $XDG_CACHE_HOME/DeployDeck/deploydeck, which
# holds ETags and bodies, never the token), and compares with the transport floor: curl fetching
# the same 1,010 URLs the way the client does, four transfers at a time over connections it
# keeps alive (one curl process, --parallel-max 4). Requests are counted from the client's own
# log (deploydeck.github.debug prints one "start" line per transfer), the rate-limit cost from
# GET /rate_limit before and after (free itself), and TCP connections by the emulator
# (GET /_emulator/requests, which opens one connection of its own).
# Usage: tests/bench/export-bench.sh [BUILD_DIR]   (default: build)
set -eu
BUILD=${1:-build}
BIN="$BUILD/bin"
DEPLOYMENTS=1000
STATUSES=5
TOKEN=bench-token
WORK=$(mktemp -d)
EMULATOR_PID=
cleanup() { [ -n "$EMULATOR_PID" ] && kill "$EMULATOR_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

"$BIN/deploydeck-emulator" --port 0 --data "synthetic:$DEPLOYMENTS:$STATUSES" --token "$TOKEN" \
    > "$WORK/emulator.out" 2>&1 &
EMULATOR_PID=$!
i=0
until grep -q '^Listening on ' "$WORK/emulator.out" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "emulator did not start" >&2; exit 1; }
    sleep 0.1
done
URL=$(sed -n 's/^Listening on //p' "$WORK/emulator.out" | head -n1)
REPO=octo/synthetic
now_ms() { date +%s%3N; }
used() { curl -s -H "Authorization: Bearer $TOKEN" "$URL/rate_limit" \
    | sed -n 's/.*"core": *{[^}]*"used": *\([0-9]*\).*/\1/p' | head -n1; }
connections() { curl -s "$URL/_emulator/requests" | sed -n 's/.*"connections": *\([0-9]*\).*/\1/p'; }

export GITHUB_TOKEN=$TOKEN XDG_CACHE_HOME="$WORK/cache" QT_LOGGING_RULES="deploydeck.github.debug=true"
run_export() { # $1 = label
    before=$(used); opened=$(connections); start=$(now_ms)
    "$BIN/deploydeck" export --repo "$REPO" --api-url "$URL" -o "$WORK/export.json" 2> "$WORK/$1.log"
    end=$(now_ms); opened=$(($(connections) - opened - 1)); after=$(used)
    requests=$(grep -c "start GitHubRequest" "$WORK/$1.log" || true)
    printf '%-6s export: %5d ms, %5d requests, %5d rate-limit points, %4d connections\n' "$1" \
        $((end - start)) "$requests" $((after - before)) "$opened"
}
run_export cold
run_export warm
echo "export file: $(wc -c < "$WORK/export.json") bytes, $(grep -c '"sha"' "$WORK/export.json") deployments"

# Transport floor: the same URL list through curl, four at a time.
pages=$(( (DEPLOYMENTS + 99) / 100 ))
: > "$WORK/urls"
p=1; while [ $p -le $pages ]; do echo "$URL/repos/$REPO/deployments?per_page=100&page=$p" >> "$WORK/urls"; p=$((p + 1)); done
curl -s -H "Authorization: Bearer $TOKEN" "$URL/repos/$REPO/deployments?per_page=100&page=[1-$pages]" \
    | grep -o '"statuses_url": *"[^"]*"' | sed 's/.*"\(http[^"]*\)"/\1?per_page=100/' >> "$WORK/urls"
count=$(wc -l < "$WORK/urls")
# One process and a pool of four, as in the client: `xargs -n 50` (used before) started 21 curl
# processes with a connection each, which made the floor slower than the transfers themselves.
sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$WORK/urls" > "$WORK/curl.config"
opened=$(connections); start=$(now_ms)
curl -s --no-progress-meter --parallel --parallel-max 4 -H "Authorization: Bearer $TOKEN" \
    -H "Accept: application/vnd.github+json" -w '%{http_code}\n' -K "$WORK/curl.config" \
    > "$WORK/curl.out" 2> "$WORK/curl.err"
end=$(now_ms); opened=$(($(connections) - opened - 1))
ok=$(grep -c '^200$' "$WORK/curl.out" || true)
printf 'curl   floor : %5d ms, %5d requests (%d answered 200), %4d connections (--parallel-max 4)\n' \
    $((end - start)) "$count" "$ok" "$opened"

# Qt's floor: the same URL list through one bare QNetworkAccessManager, four at a time.
if [ -x "$BUILD/tests/bin/bench_qnam_floor" ]; then
    opened=$(connections)
    result=$("$BUILD/tests/bin/bench_qnam_floor" "$WORK/urls" "$TOKEN")
    opened=$(($(connections) - opened - 1))
    printf 'qnam   floor : %5d ms, %5d requests (%s), %4d connections (bare QNetworkAccessManager)\n' \
        "${result%% ms*}" "$count" "${result#* ms }" "$opened"
fi
