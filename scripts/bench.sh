#!/usr/bin/env bash
# npm run bench -- [matching|booking|reports] [flags]: builds, makes PostgreSQL/Redis available, runs the benchmark.
# Each end-to-end part creates and drops a database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
source scripts/ensure-services.sh
npx nest build >/dev/null
exec node --max-old-space-size=8192 dist/bench/index.js "$@"
