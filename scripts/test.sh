#!/usr/bin/env bash
# npm test: type-check, then every unit and end-to-end test against real PostgreSQL and Redis.
# Each run migrates a fresh template database of its own (test/global-setup.ts) and drops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
source scripts/ensure-services.sh

echo "typecheck: tsc --noEmit (src, tests, migrations, bench)"
npx tsc --noEmit -p tsconfig.json
# The crash test runs the built worker as separate processes, the way production does.
echo "build: nest build"
npx nest build

results="$(mktemp -t sgm-jest-XXXXXX.json)"
status=0
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci --json --outputFile="$results" "$@" || status=$?
# One plain closing line that any CI reader understands.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
  if (r.numTotalTests === 0) { console.error("no test ran"); process.exit(1); }
' "$results" || status=1
rm -f "$results"
exit "$status"
