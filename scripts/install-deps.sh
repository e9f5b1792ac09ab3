# shellcheck shell=bash
# Sourced: installs node_modules when missing or older than package-lock.json.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -d "$_root/node_modules" ] || [ "$_root/package-lock.json" -nt "$_root/node_modules/.package-lock.json" ]; then
  echo "install: npm ci" >&2
  (cd "$_root" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
