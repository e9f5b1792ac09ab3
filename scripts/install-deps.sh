# shellcheck shell=bash
# Sourced: installs node_modules (server and web/) when missing or older than their package-lock.json.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for _dir in "$_root" "$_root/web"; do
  if [ ! -d "$_dir/node_modules" ] || [ "$_dir/package-lock.json" -nt "$_dir/node_modules/.package-lock.json" ]; then
    echo "install: npm ci in ${_dir#"$_root"/}" >&2
    (cd "$_dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
done
