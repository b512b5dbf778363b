#!/usr/bin/env bash
# What the image runs, checked without a Docker engine: the server's `pnpm deploy --prod` folder
# with the built client (the image's /app), started with node alone as the image's CMD, two
# instances at once on one empty PostgreSQL database and Redis, behind Caddy with
# docker/Caddyfile. Checks the page, GraphQL over HTTP and WebSocket, the live-document upgrade,
# round-robin, and that requests keep succeeding after one instance gets SIGTERM.
#
# Needs `pnpm build` done, DATABASE_URL (a server where it may create a database), REDIS_URL,
# caddy and curl. Run from anywhere: bash docker/check-deploy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?a PostgreSQL server to create the check database on}"
: "${REDIS_URL:?Redis for the two instances}"
# Three free ports, from the system.
read -r PROXY_PORT p1 p2 < <(node -e '
  const net = require("node:net");
  const servers = [0, 1, 2].map(() => net.createServer().listen(0, "127.0.0.1"));
  setTimeout(() => { console.log(servers.map((s) => s.address().port).join(" ")); servers.forEach((s) => s.close()); }, 100);')
PORTS=("$p1" "$p2")

work=$(mktemp -d)
db="rt_deploy_$$"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "deploy check FAILED: $*" >&2
  for log in "$work"/*.log; do echo "--- $log" >&2 && tail -20 "$log" >&2; done
  exit 1
}

pnpm --filter @roundtable/server deploy --prod "$work/app" >"$work/deploy.log" 2>&1 || fail "pnpm deploy"
cp -r client/dist "$work/app/client"
psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $db"
db_url=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.href)' "$DATABASE_URL" "$db")

# The image's environment and CMD; env -i: nothing from the workspace or this shell leaks in.
for i in 0 1; do
  (cd "$work/app" && exec env -i PATH="$PATH" NODE_ENV=production HOST=127.0.0.1 PORT="${PORTS[$i]}" \
    DATA_DIR="$work/data-$i" CLIENT_DIST="$work/app/client" TRUST_PROXY=true DATABASE_URL="$db_url" \
    REDIS_URL="$REDIS_URL" PUBLIC_URL="http://localhost:$PROXY_PORT" \
    node --conditions=roundtable-built dist/main.js >"$work/server-$i.log" 2>&1) &
  pids+=($!)
done
SITE_ADDRESS=":$PROXY_PORT" UPSTREAMS="127.0.0.1:${PORTS[0]} 127.0.0.1:${PORTS[1]}" \
  caddy run --config docker/Caddyfile --adapter caddyfile >"$work/caddy.log" 2>&1 &
pids+=($!)

for i in 0 1; do
  for _ in $(seq 240); do
    curl -sf "http://127.0.0.1:${PORTS[$i]}/readyz" >/dev/null && continue 2
    kill -0 "${pids[$i]}" 2>/dev/null || fail "instance $i exited"
    sleep 0.5
  done
  fail "instance $i was not ready in 120 s"
done
proxy="http://localhost:$PROXY_PORT"
for _ in $(seq 60); do curl -sf "$proxy/healthz" >/dev/null && break || sleep 0.5; done

expect() { # name, expected, actual
  [ "$2" = "$3" ] || fail "$1: expected '$2', got '$3'"
  echo "ok: $1"
}
expect "the client's page at /" "<title>Roundtable</title>" "$(curl -s "$proxy/" | grep -o '<title>[^<]*</title>')"
expect "an app path gets the page" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$proxy/cases/some-case")"
expect "/metrics is not public" 404 "$(curl -s -o /dev/null -w '%{http_code}' "$proxy/metrics")"
expect "GraphQL over HTTP" '{"data":{"__typename":"Query"}}' \
  "$(curl -s "$proxy/graphql" -H 'content-type: application/json' -d '{"query":"{__typename}"}')"
expect "WebSocket upgrades reach the servers" "graphql-ws ack; collab 401" \
  "$(node docker/check-websockets.mjs "$work/app" "ws://localhost:$PROXY_PORT")"

served() { curl -s "http://127.0.0.1:$1/metrics" | awk '/^roundtable_http_requests_total\{route="\/readyz"/ {s += $NF} END {print s + 0}'; }
before=("$(served "${PORTS[0]}")" "$(served "${PORTS[1]}")")
for _ in $(seq 20); do curl -s -o /dev/null "$proxy/readyz"; done
expect "round-robin over both instances" "10 10" \
  "$(($(served "${PORTS[0]}") - before[0])) $(($(served "${PORTS[1]}") - before[1]))"

kill -TERM "${pids[0]}"
codes=$(for _ in $(seq 20); do curl -s -o /dev/null -m 20 -w '%{http_code}\n' "$proxy/readyz"; done | sort | uniq -c | xargs)
expect "every request served while one instance stops" "20 200" "$codes"
echo "deploy check passed"
