#!/usr/bin/env bash
# The whole test suite, as README's `npm test` and CI's .ci/run run it: build, lint, then every test.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
npx biome check .
npx vitest run "$@"
