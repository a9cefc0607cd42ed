#!/usr/bin/env bash
# Measures start-up on a seeded database, in interleaved rounds so that every figure of a round saw the same machine:
#   - `java -jar … --version` (the yardstick of issue 13), `./radar --version`;
#   - read commands (`radars`, `editions --radar mlops`, `timeline --radar mlops mlflow`) through `java -jar …` and through ./radar;
#   - `serve` until its first 200 on /radar, through `java -jar …` and through ./radar.
# Prints the minimum and median wall time of each, and each read command's ratio to `java -jar … --version`.
# Usage: scripts/start-up-check.sh [ROUNDS]   (default 5; needs curl; builds nothing: run `mvn package` first)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
jar="$here/target/mlops-radar.jar"
[ -f "$jar" ] || { echo "no $jar: run mvn -q -DskipTests package first" >&2; exit 2; }
# shellcheck disable=SC2206
opts=($(cat "$here/scripts/java-opts"))
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
db="jdbc:sqlite:$work/radar.db"
"$here/radar" radars --db "$db" >/dev/null # seeds the database (and writes the archive if the jar is newer)

wall() { # wall seconds of one run of a command, its output dropped
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
first_page() { # seconds from starting a server to its first 200 on /radar
  local port=$1 start end
  shift
  start=$(date +%s.%N)
  "$@" serve --host 127.0.0.1 --port "$port" --db "$db" >"$work/serve.log" 2>&1 &
  server=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/radar"; do
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s.%N)
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  echo "$end - $start" | bc
}
for _ in $(seq "$rounds"); do
  echo "java-jar:--version $(wall java "${opts[@]}" -jar "$jar" --version)"
  echo "./radar:--version $(wall "$here/radar" --version)"
  for command in "radars" "editions --radar mlops" "timeline --radar mlops mlflow"; do
    # shellcheck disable=SC2086
    echo "java-jar:${command// /_} $(wall java "${opts[@]}" -jar "$jar" $command --db "$db")"
    # shellcheck disable=SC2086
    echo "./radar:${command// /_} $(wall "$here/radar" $command --db "$db")"
  done
  echo "java-jar:serve-first-/radar $(first_page 18731 java "${opts[@]}" -jar "$jar")"
  echo "./radar:serve-first-/radar $(first_page 18732 "$here/radar")"
done >"$work/runs.txt"
echo "$rounds rounds, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/runs.txt" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    key, value = line.split()
    runs.setdefault(key, []).append(float(value))
yardstick = min(runs["java-jar:--version"])
print(f"{'what':<40}{'min':>8}{'median':>9}{'min / java -jar --version':>28}")
for key, values in runs.items():
    ratio = "" if "serve" in key else f"{min(values) / yardstick:.2f}x"
    print(f"{key:<40}{min(values):>7.2f}s{statistics.median(values):>8.2f}s{ratio:>28}")
EOF
