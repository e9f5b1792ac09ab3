#!/usr/bin/env bash
# Builds the web app into web/dist (served at / by the API). Prints the bundle sizes and fails when the
# JavaScript loaded on first open exceeds its budget (300 kB gzip).
set -euo pipefail
cd "$(dirname "$0")/../web"
npm run --silent build
node ../scripts/web-bundle-budget.mjs dist 300
