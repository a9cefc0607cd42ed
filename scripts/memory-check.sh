#!/usr/bin/env bash
# Memory of a small service: imports a generated CNCF-style landscape of TOOLS tools (default 1,500) into a fresh
# SQLite database, publishes a radar edition holding all of them, starts the server on 127.0.0.1 with the JVM options
# in JAVA_OPTS (default: the launcher's), then reports the first /radar.png time, the /radar page weight (plain and
# gzip), and the server's resident memory (RSS) before, during and after DURATION seconds (default 20) of wrk load on
# /radar, /api/v1/tools and /radar.svg. Targets 127.0.0.1 only and stops by itself. Needs wrk and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f target/mlops-radar.jar ] || mvn -q -DskipTests package
tools=${TOOLS:-1500}
port=${PORT:-18090}
duration=${DURATION:-20}
# shellcheck disable=SC2206
opts=(${JAVA_OPTS-$(sed -n 's/^default_java_opts="\(.*\)"$/\1/p' radar)})
data=$(mktemp -d)
db="jdbc:sqlite:$data/radar.db"
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; wait 2>/dev/null; rm -rf "$data"' EXIT

subcategories=("App Definition and Development|Database" "App Definition and Development|Streaming & Messaging"
  "App Definition and Development|Continuous Integration & Delivery" "Orchestration & Management|Service Mesh"
  "Observability and Analysis|Monitoring" "Provisioning|Automation & Configuration" "Runtime|Cloud Native Storage"
  "Platform|PaaS/Container Service")
{
  echo "categories:"
  per=$(( (tools + ${#subcategories[@]} - 1) / ${#subcategories[@]} ))
  n=0
  for pair in "${subcategories[@]}"; do
    echo "  - name: ${pair%%|*}"
    echo "    subcategories:"
    echo "      - name: ${pair#*|}"
    echo "        items:"
    for _ in $(seq "$per"); do
      n=$((n + 1)); [ "$n" -le "$tools" ] || break
      echo "          - name: Generated Tool $n"
      echo "            homepage_url: https://tool-$n.example/"
      [ $((n % 3)) -eq 0 ] || echo "            repo_url: https://github.com/example/tool-$n"
      echo "            description: A generated project number $n for the memory check."
    done
  done
} > "$data/landscape.yml"

java "${opts[@]}" -jar target/mlops-radar.jar import --format landscape "$data/landscape.yml" --landscape cncf --db "$db" >/dev/null
java "${opts[@]}" -jar target/mlops-radar.jar reassess --publish --edition "$(date -u -d tomorrow +%F)" --db "$db" >/dev/null

java "${opts[@]}" -jar target/mlops-radar.jar serve --host 127.0.0.1 --port "$port" --db "$db" >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/api/v1/rings" >/dev/null 2>&1 && break; sleep 0.5; done
rss() { awk '/VmRSS/ {print int($2 / 1024) " MB"}' "/proc/$server/status"; }
echo "JVM options: ${opts[*]:-(none)}"
echo "tools: $(curl -fs "http://127.0.0.1:$port/api/v1/tools" | grep -o '"id"' | wc -l)"
echo "RSS after start: $(rss)"
echo "first /radar.png: $(curl -fs -m 300 -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/radar.png") s"
echo "/radar page: $(curl -fs -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/radar") bytes," \
  "$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/radar") bytes gzip"
peak=0
for path in /radar /api/v1/tools /radar.svg; do
  curl -fs "http://127.0.0.1:$port$path" >/dev/null
  wrk -t2 -c16 -d"${duration}s" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path" >"$data/wrk.txt" &
  load=$!
  while kill -0 $load 2>/dev/null; do
    now=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"); [ "$now" -gt "$peak" ] && peak=$now
    sleep 1
  done
  echo "$path under load: $(grep -E 'Requests/sec' "$data/wrk.txt" | awk '{print $2}') requests/s, $(grep -E '^ +Latency' "$data/wrk.txt" | awk '{print $2}') mean; RSS now $(rss)"
done
echo "RSS peak under load: $peak MB; after: $(rss)"
