#!/usr/bin/env bash
# npm run bench -- [matching|booking|relevance|reports|api|web] [flags]: builds, makes PostgreSQL/Redis available, runs the benchmark.
# Each end-to-end part creates and drops a database of its own. `web` (and running them all) also builds the web app
# and makes Debian's Chromium available.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
source scripts/ensure-services.sh
npx nest build >/dev/null
if [ -z "${1:-}" ] || [ "${1:-}" = web ]; then
  source scripts/ensure-chromium.sh
  bash scripts/build-web.sh | tail -1
fi
exec node --max-old-space-size=8192 dist/bench/index.js "$@"
