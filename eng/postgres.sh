#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the store tests, or stops it.
#   eval "$(bash eng/postgres.sh start)"   # installs Debian's postgresql if absent, prints `export INCLUSION_POSTGRES=...`
#   bash eng/postgres.sh stop
# The cluster lives in a temporary folder owned by the postgres user (the server refuses to run as root); nothing of
# the machine's own clusters is touched. Port 54329 unless INCLUSION_PG_PORT is set.
set -euo pipefail
port="${INCLUSION_PG_PORT:-54329}"
state=/tmp/inclusion-pg
bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "cd /tmp && $*"; else bash -c "$*"; fi; }   # cd: the caller's folder may be closed to postgres

case "${1:-}" in
  start)
    if [ -z "$(bin)" ]; then
      export DEBIAN_FRONTEND=noninteractive
      (apt-get update -qq && apt-get install -y -qq postgresql > /dev/null) >&2
    fi
    pgbin=$(bin)
    id postgres > /dev/null 2>&1 || useradd --system --no-create-home postgres
    if [ -f "$state/data/postmaster.pid" ]; then as_pg "$pgbin/pg_ctl -D $state/data stop -m fast" >&2 || true; fi
    rm -rf "$state" && mkdir -p "$state" && chown postgres "$state" 2>/dev/null || true
    as_pg "$pgbin/initdb -D $state/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" > "$state.initdb.log" 2>&1 \
      || { cat "$state.initdb.log" >&2; exit 1; }
    as_pg "$pgbin/pg_ctl -D $state/data -l $state/server.log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $state' start" >&2
    as_pg "$pgbin/psql -h 127.0.0.1 -p $port -U postgres -d postgres -qc 'CREATE DATABASE inclusion_tests'" >&2
    echo "export INCLUSION_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=inclusion_tests'"
    ;;
  stop)
    pgbin=$(bin)
    [ -n "$pgbin" ] && [ -f "$state/data/postmaster.pid" ] && as_pg "$pgbin/pg_ctl -D $state/data stop -m fast" >&2 || true
    rm -rf "$state"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
