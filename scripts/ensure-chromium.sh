# shellcheck shell=bash
# Sourced by the test script: the browser journeys drive Debian's Chromium through playwright-core
# (never a downloaded browser build). Installs it with apt when missing and we are root; Korean text in
# screenshots needs a CJK font, installed the same way. Elsewhere the journeys are skipped with a message.
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
_need=()
[ -x "$CHROMIUM_PATH" ] || _need+=(chromium)
if command -v fc-list >/dev/null 2>&1; then
  [ -n "$(fc-list :lang=ko 2>/dev/null | head -1)" ] || _need+=(fonts-noto-cjk)
elif [ ! -x "$CHROMIUM_PATH" ]; then
  _need+=(fonts-noto-cjk)
fi
if [ "${#_need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "chromium: installing ${_need[*]} with apt" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${_need[@]}" >&2 ||
      echo "chromium: apt-get install ${_need[*]} failed" >&2
  fi
fi
if [ -x "$CHROMIUM_PATH" ]; then
  export CHROMIUM_PATH
else
  echo "chromium: $CHROMIUM_PATH is missing and cannot be installed here (not root, or no apt):" >&2
  echo "chromium: install Debian's 'chromium' package to run the browser journeys; they are skipped" >&2
  export SGM_SKIP_BROWSER=1
fi
