#!/usr/bin/env bash
# npm test: type-check, then every unit and end-to-end test against real PostgreSQL and Redis.
# Each run migrates a fresh template database of its own (test/global-setup.ts) and drops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
source scripts/ensure-services.sh
status=0

echo "typecheck: tsc --noEmit (src, tests, migrations, bench)"
npx tsc --noEmit -p tsconfig.json
# The crash test runs the built worker as separate processes, the way production does.
echo "build: nest build"
npx nest build
# The browser journeys (test/web/*.e2e-spec.ts) drive the built web app served by the API.
echo "build: web app"
bash scripts/build-web.sh
source scripts/ensure-chromium.sh

# Web unit and component tests (Vitest); their counts join the closing line.
web_results="$(mktemp -t sgm-vitest-XXXXXX.json)"
echo "web: vitest"
(cd web && npx vitest run --reporter=default --reporter=json --outputFile="$web_results") || status=1

results="$(mktemp -t sgm-jest-XXXXXX.json)"
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci --json --outputFile="$results" "$@" || status=$?
# One plain closing line that any CI reader understands.
# Jest (server unit, e2e, browser journeys) and Vitest (web) together.
node -e '
  const fs = require("fs");
  const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
  const jest = read(process.argv[1]), web = read(process.argv[2]);
  if (!jest) { console.error("jest wrote no results"); process.exit(1); }
  if (!web) { console.error("vitest wrote no results"); process.exit(1); }
  const passed = jest.numPassedTests + web.numPassedTests, failed = jest.numFailedTests + web.numFailedTests;
  const skipped = jest.numPendingTests + (web.numPendingTests ?? 0) + (web.numTodoTests ?? 0);
  console.log(`(jest ${jest.numPassedTests} passed, ${jest.numFailedTests} failed; vitest ${web.numPassedTests} passed, ${web.numFailedTests} failed)`);
  console.log(`tests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  if (jest.numTotalTests === 0 || web.numTotalTests === 0) { console.error("no test ran"); process.exit(1); }
' "$results" "$web_results" || status=1
rm -f "$results" "$web_results"
exit "$status"
