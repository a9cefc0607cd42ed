#!/usr/bin/env bash
# Writes the start-up files that ./radar uses beside a freshly built jar:
#   target/mlops-radar.jsa   a class-data sharing archive (AppCDS) of the classes that `radars` and `serve` load:
#                            a JVM that maps it skips loading, parsing and verifying those classes again;
#   target/native/           SQLite's native library for this platform, taken out of the jar once, so that each
#                            start neither extracts it to /tmp nor runs `uname` to find which one to extract.
# Usage: scripts/class-archive.sh [JAR]  (run by `mvn package`; ./radar runs it when the jar is newer than the archive)
# The JVM options must be those ./radar starts with (an archive is only used by a JVM started like the one that
# wrote it). Never fails a build: when something goes wrong it says so and leaves no archive behind.
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$here/target/mlops-radar.jar}"
target="$(cd "$(dirname "$jar")" && pwd)"
jsa="$target/mlops-radar.jsa"
native="$target/native"
# shellcheck disable=SC2206
opts=(${RADAR_JAVA_OPTS-$(cat "$here/scripts/java-opts")})
work="$(mktemp -d)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
give_up() { # an empty archive tells ./radar that this jar has none, so that it does not try again on every start
  echo "class-archive: $1; ./radar starts without the archive" >&2
  : >"$jsa"
  exit 0
}

rm -rf "$native"
# SQLite's own folder names: Linux/x86_64, Linux/aarch64, Mac/aarch64, ... (musl systems use another folder; skipped)
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) lib="org/sqlite/native/Linux/x86_64/libsqlitejdbc.so" ;;
  Linux/aarch64) lib="org/sqlite/native/Linux/aarch64/libsqlitejdbc.so" ;;
  *) lib="" ;;
esac
if [ -n "$lib" ] && ! ls /lib/ld-musl-* >/dev/null 2>&1; then
  (cd "$work" && { jar xf "$jar" "$lib" || unzip -q "$jar" "$lib"; } 2>/dev/null) && [ -s "$work/$lib" ] \
    && mkdir -p "$native" && mv "$work/$lib" "$native/libsqlitejdbc.so"
fi
sqlite_opts=()
[ -f "$native/libsqlitejdbc.so" ] && sqlite_opts=(-Dorg.sqlite.lib.path="$native" -Dorg.sqlite.lib.name=libsqlitejdbc.so)

db="jdbc:sqlite:$work/radar.db"
# 1. a read command on a new database (which seeds it first: the catalogue parser and the ring policy load too)
java "${opts[@]}" "${sqlite_opts[@]}" -XX:DumpLoadedClassList="$work/radars.lst" -jar "$jar" radars --db "$db" \
  >/dev/null 2>"$work/radars.err" || give_up "the training run of 'radars' failed: $(head -c 300 "$work/radars.err")"
# 2. the server, answering the pages a first visitor opens
java "${opts[@]}" "${sqlite_opts[@]}" -XX:DumpLoadedClassList="$work/serve.lst" -jar "$jar" serve --host 127.0.0.1 \
  --port 0 --db "$db" >"$work/serve.out" 2>&1 &
server=$!
port=""
for _ in $(seq 1 600); do
  port="$(sed -n 's|.*open http://localhost:\([0-9]*\)/radar.*|\1|p' "$work/serve.out" | head -n 1)"
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || give_up "the training server stopped: $(head -c 300 "$work/serve.out")"
  sleep 0.1
done
[ -n "$port" ] || give_up "the training server did not start within a minute"
get() { # one HTTP GET with bash alone (no curl needed); the answer is read to its end and dropped
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n' "$1" >&3
  cat <&3 >/dev/null
  exec 3<&-
}
for path in /radar /radar.svg /api/v1/tools /api/v1/radars /tools /tools/mlflow /landscape /advisor /radars /sign-in; do
  get "$path" || give_up "the training server did not answer $path"
done
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
server=""

# One list: the server's (in its load order, with the ids its lambda lines refer to), then the classes only the read
# command loaded, by name.
{
  cat "$work/serve.lst"
  grep -v '^@' "$work/radars.lst" | awk '{print $1}' | sort -u | grep -vxF -f <(awk '{print $1}' "$work/serve.lst")
} >"$work/classes.lst"
java -Xshare:dump "${opts[@]}" -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$work/radar.jsa" \
  -cp "$jar" >"$work/dump.out" 2>&1 || give_up "the JVM could not write the archive: $(grep -m1 -i error "$work/dump.out")"
[ -s "$work/radar.jsa" ] || give_up "the JVM wrote no archive"
mv -f "$work/radar.jsa" "$jsa"
echo "class-archive: $(grep -c . "$work/classes.lst") classes in $jsa" >&2
