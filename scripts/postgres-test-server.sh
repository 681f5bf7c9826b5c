#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the test suite: `start DIR` installs Debian's server when it is
# missing, creates a cluster in DIR, starts it on 127.0.0.1 and prints the connection URL; `stop DIR` ends it.
set -euo pipefail

command=${1:?usage: postgres-test-server.sh start|stop DIR}
dir=${2:?usage: postgres-test-server.sh start|stop DIR}

# A free loopback port, unless STORYLINE_TEST_PG_PORT names one.
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

server_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$found" ]] && command -v pg_config >/dev/null; then found=$(pg_config --bindir); fi
  echo "$found"
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user the package creates.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
start)
  bin=$(server_bin)
  if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "postgres-test-server: no PostgreSQL server installed; run 'apt-get install postgresql' as root" >&2
      exit 1
    fi
    echo "postgres-test-server: installing Debian's postgresql package" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(server_bin)
  fi
  port=${STORYLINE_TEST_PG_PORT:-$(free_port)}
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; fi
  if [[ ! -f "$dir/PG_VERSION" ]]; then
    as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --no-sync -E UTF8 --locale=C >/dev/null
  fi
  # Loopback only, a socket in the cluster's own folder, durability traded for speed: the data is thrown away.
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  bin=$(server_bin)
  if [[ -f "$dir/postmaster.pid" ]]; then as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true; fi
  ;;
*)
  echo "usage: postgres-test-server.sh start|stop DIR" >&2
  exit 2
  ;;
esac
