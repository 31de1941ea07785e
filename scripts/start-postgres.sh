#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the index tests and
# prints its URL on stdout (nothing else goes to stdout):
#
#   export KAZLEX_PG_URL="$(scripts/start-postgres.sh)"
#   scripts/start-postgres.sh stop
#
# Idempotent: a second call reuses the cluster and the running server. The
# cluster lives in $KAZLEX_PG_DIR (default /tmp/kazlex-pg), listens only on
# 127.0.0.1:$KAZLEX_PG_PORT (default 54329) and on a socket in that folder,
# and holds the database kazlex_test owned by the role kazlex (password
# kazlex, scram-sha-256). It needs the server binaries from Debian's
# `postgresql` package (apt-get install postgresql). PostgreSQL refuses to run
# as root, so under root the server runs as the `postgres` user the package
# creates.
set -euo pipefail

dir="${KAZLEX_PG_DIR:-/tmp/kazlex-pg}"
port="${KAZLEX_PG_PORT:-54329}"
role=kazlex
password=kazlex
database=kazlex_test

log() { printf 'start-postgres: %s\n' "$*" >&2; }

bindir() {
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  # Debian keeps initdb and pg_ctl off PATH, one folder per major version.
  local newest
  newest="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
    return
  fi
  if command -v initdb >/dev/null; then
    dirname "$(command -v initdb)"
    return
  fi
  log "no PostgreSQL server binaries found: apt-get install postgresql"
  exit 1
}

bin="$(bindir)"
data="$dir/data"
socket="$dir/socket"

if [ "$(id -u)" = 0 ]; then
  owner=postgres
  id "$owner" >/dev/null 2>&1 || { log "running as root needs the postgres user"; exit 1; }
  as_owner() { runuser -u "$owner" -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

if [ "${1:-start}" = stop ]; then
  if [ -f "$data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >&2; fi
  exit 0
fi

mkdir -p "$dir" "$socket"
chmod 700 "$dir"
[ "$owner" = "$(id -un)" ] || chown -R "$owner" "$dir"

if [ ! -f "$data/PG_VERSION" ]; then
  log "initdb $data"
  # C collation and UTF-8: text sorts by code point, as in the SQLite index.
  as_owner "$bin/initdb" -D "$data" -U "$owner" -E UTF8 --no-locale \
    --auth-local=peer --auth-host=scram-sha-256 >&2
fi

if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  log "starting on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $socket -c fsync=off" start >&2
fi

sql() { as_owner "$bin/psql" -h "$socket" -p "$port" -U "$owner" -d postgres -qtAX -v ON_ERROR_STOP=1 -c "$1"; }

if [ "$(sql "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  log "creating role $role"
  sql "CREATE ROLE $role LOGIN PASSWORD '$password'" >&2
fi
if [ "$(sql "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  log "creating database $database"
  sql "CREATE DATABASE $database OWNER $role ENCODING 'UTF8' TEMPLATE template0" >&2
fi

echo "postgres://$role:$password@127.0.0.1:$port/$database"
