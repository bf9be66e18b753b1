# Sourced by scripts/test.sh: a throwaway PostgreSQL server for the tests.
#
# Installs Debian's postgresql when its binaries are missing (as root: CI's fresh machine), starts a
# server of its own in a temporary folder, listening on loopback only on a free port, creates a
# database and exports ACCORDWATCH_TEST_PG (the URL the tests use to make a database per test).
# The caller stops it with stop_test_postgres (test.sh: on EXIT). An ACCORDWATCH_TEST_PG already set
# is used as it is. Without the binaries and without root, the PostgreSQL tests are skipped (and
# fail under CI=true).

# shellcheck source=scripts/debian-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/debian-package.sh"

_pg_bindir() {
  local initdb
  initdb=$(ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  [ -n "$initdb" ] && dirname "$initdb"
}

_pg_as_owner() {  # initdb and the server refuse to run as root: run them as the postgres user then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_postgres() {
  if [ -n "${ACCORDWATCH_TEST_PG:-}" ]; then
    echo "PostgreSQL for the tests: ACCORDWATCH_TEST_PG as given"
    return 0
  fi
  local bindir
  bindir=$(_pg_bindir || true)
  if [ -z "$bindir" ]; then
    install_debian_package postgresql "the PostgreSQL tests" || return 0
    bindir=$(_pg_bindir)
  fi
  TEST_PG_DIR=$(mktemp -d /tmp/accordwatch-pg.XXXXXX)
  chmod 755 "$TEST_PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$TEST_PG_DIR"
  TEST_PG_BIN=$bindir
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  _pg_as_owner "$bindir/initdb" -D "$TEST_PG_DIR/data" -U accordwatch --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$TEST_PG_DIR/initdb.log" 2>&1 || { cat "$TEST_PG_DIR/initdb.log" >&2; return 1; }
  # loopback only, its socket in its own folder; durability is not needed for a test server
  _pg_as_owner "$bindir/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $TEST_PG_DIR -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$TEST_PG_DIR/server.log" >&2; return 1; }
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U accordwatch accordwatch_test
  export ACCORDWATCH_TEST_PG="postgresql+psycopg://accordwatch@127.0.0.1:$port/accordwatch_test"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') for the tests: $ACCORDWATCH_TEST_PG"
}

stop_test_postgres() {
  [ -n "${TEST_PG_DIR:-}" ] || return 0
  _pg_as_owner "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_DIR"
  TEST_PG_DIR=
}
