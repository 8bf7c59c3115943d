#!/usr/bin/env bash
# Start a throwaway PostgreSQL for the store tests and print its URL on stdout.
# Installs Debian's postgresql when no server binaries are found. Runs the server as an
# unprivileged user (PostgreSQL refuses to run as root), on a Unix socket and loopback only.
set -euo pipefail
PORT="${EVENTWIRE_PG_PORT:-54329}"
DIR="${EVENTWIRE_PG_DIR:-/tmp/eventwire-pg}"

find_bin() {
  for d in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}
BIN=$(find_bin || true)
if [ -z "$BIN" ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  fi
  BIN=$(find_bin) || { echo "no PostgreSQL server binaries" >&2; exit 1; }
fi
RUNAS=""
if [ "$(id -u)" = 0 ]; then
  id eventwire-pg >/dev/null 2>&1 || useradd --system --no-create-home eventwire-pg >&2
  RUNAS="eventwire-pg"
fi
as_user() { if [ -n "$RUNAS" ]; then su -s /bin/bash "$RUNAS" -c "$*"; else bash -c "$*"; fi; }

if [ -f "$DIR/data/postmaster.pid" ]; then as_user "$BIN/pg_ctl -D $DIR/data -m fast stop" >&2 || true; fi
rm -rf "$DIR"; mkdir -p "$DIR"
[ -n "$RUNAS" ] && chown "$RUNAS" "$DIR"
as_user "$BIN/initdb -D $DIR/data -U eventwire --auth=trust >/dev/null" >&2
as_user "$BIN/pg_ctl -D $DIR/data -l $DIR/log -w -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1' start" >&2
as_user "$BIN/createdb -h 127.0.0.1 -p $PORT -U eventwire eventwire_test" >&2
echo "postgresql://eventwire@127.0.0.1:$PORT/eventwire_test"
