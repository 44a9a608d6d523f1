#!/usr/bin/env bash
# A throwaway PostgreSQL for the server tests: `source scripts/test-postgres.sh` initialises a
# cluster in a temporary directory, starts it on 127.0.0.1 on a free port as the `postgres`
# user (PostgreSQL refuses to run as root, and CI runs as root), exports TEST_DATABASE_URL,
# and stops it and removes the directory when the sourcing shell exits.
# Needs Debian's `postgresql` package (apt-get install -y postgresql).

# PG_BIN names the server's bin directory; otherwise initdb on PATH, else the one the newest
# installed Debian package ships (Debian keeps initdb off PATH, in a versioned directory).
pg_bin="${PG_BIN:-}"
if [[ -z "$pg_bin" ]] && command -v initdb >/dev/null 2>&1; then pg_bin="$(dirname "$(command -v initdb)")"; fi
if [[ -z "$pg_bin" ]] && command -v dpkg-query >/dev/null 2>&1; then
  pg_package="$(dpkg-query -W -f '${Package}\n' 'postgresql-[0-9]*' 2>/dev/null | grep -E '^postgresql-[0-9]+$' | sort -V | tail -1)"
  pg_initdb="$(dpkg-query -L "$pg_package" 2>/dev/null | grep '/bin/initdb$' | head -1)"
  [[ -n "$pg_initdb" ]] && pg_bin="$(dirname "$pg_initdb")"
fi
if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" ]]; then
  echo "test-postgres: no initdb found (set PG_BIN, or apt-get install -y postgresql)" >&2
  return 1 2>/dev/null || exit 1
fi
pg_dir="$(mktemp -d -t sourceline-pg.XXXXXX)"
pg_port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ "$(id -u)" == 0 ]]; then chown postgres:postgres "$pg_dir"; fi
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; return 1 2>/dev/null || exit 1; }
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off" start >/dev/null \
  || { cat "$pg_dir/server.log" >&2; return 1 2>/dev/null || exit 1; }
stop_test_postgres() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_test_postgres EXIT
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
echo "test-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_dir, stopped at exit)"
