#!/usr/bin/env bash
# npm run plan -- --in instance.json --out plan.json: the offline schedule planner.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -d "$root/node_modules" ]; then (cd "$root" && npm ci --no-audit --no-fund >&2); fi
if [ ! -f "$root/dist/src/cli/plan.cli.js" ] || [ -n "$(find "$root/src" -newer "$root/dist/src/cli/plan.cli.js" -name '*.ts' -print -quit)" ]; then
  (cd "$root" && npx nest build >&2)
fi
exec node "$root/dist/src/cli/plan.cli.js" "$@"
