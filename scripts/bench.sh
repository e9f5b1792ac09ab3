#!/usr/bin/env bash
# npm run bench -- [matching|booking] [flags]: builds, makes PostgreSQL/Redis available, runs the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npx nest build >/dev/null
exec node dist/bench/index.js "$@"
