#!/usr/bin/env bash
# The whole test suite, as README's `npm test` and CI's .ci/run run it: build, lint, then every test, with a
# throwaway PostgreSQL server on loopback so the PostgreSQL backend is tested beside SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
npx biome check .

if [[ -z "${STORYLINE_TEST_DATABASE_URL:-}" ]]; then
  pg_root=$(mktemp -d "${TMPDIR:-/tmp}/storyline-pg.XXXXXX")
  chmod 755 "$pg_root" # the server runs as the postgres user when this runs as root
  trap 'scripts/postgres-test-server.sh stop "$pg_root/cluster"; rm -rf "$pg_root"' EXIT
  STORYLINE_TEST_DATABASE_URL=$(scripts/postgres-test-server.sh start "$pg_root/cluster")
  export STORYLINE_TEST_DATABASE_URL
  echo "PostgreSQL test server: $STORYLINE_TEST_DATABASE_URL"
fi

npx vitest run "$@"
