#!/usr/bin/env bash
# Bounded HTTP load check against a local server on 127.0.0.1 only: the radar page, the API list and the SVG.
# Needs wrk (Debian package `wrk`); builds the jar if missing. Each run lasts DURATION seconds (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f target/mlops-radar.jar ] || mvn -q -DskipTests package
port=${PORT:-18080}
duration=${DURATION:-10}
data=$(mktemp -d)
java -jar target/mlops-radar.jar serve --host 127.0.0.1 --port "$port" --db "jdbc:sqlite:$data/radar.db" >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/api/v1/rings" >/dev/null 2>&1 && break; sleep 0.5; done
for path in /radar /api/v1/tools /radar.svg; do
  curl -fs "http://127.0.0.1:$port$path" >/dev/null   # warm the caches once
  echo "== $path"
  wrk -t2 -c16 -d"${duration}s" --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency  |50%|99%|requests in"
done
