#!/usr/bin/env bash
# Makes sure the browser the e2e suite drives is here. Playwright never downloads one: we use
# Debian's Chromium (and fonts-liberation, so KaTeX text has metrics and screenshots are stable).
# Override the browser with LOSS_ATLAS_CHROMIUM=/path/to/chromium.
set -euo pipefail
bin="${LOSS_ATLAS_CHROMIUM:-/usr/lib/chromium/chromium}"
fonts_ok() { [ -d /usr/share/fonts/truetype/liberation ] || fc-list 2>/dev/null | grep -qi liberation; }
if [ -x "$bin" ] && fonts_ok; then exit 0; fi
if [ -n "${LOSS_ATLAS_CHROMIUM:-}" ] && [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium and fonts-liberation (one time)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  [ -x "$bin" ] || { echo "ensure-chromium: installed, but $bin is missing; set LOSS_ATLAS_CHROMIUM" >&2; exit 1; }
  exit 0
fi
cat >&2 <<MSG
ensure-chromium: the end-to-end tests need Chromium at $bin and the Liberation fonts.
  On Debian/Ubuntu, as root:  apt-get install -y chromium fonts-liberation
  Elsewhere: install Chromium and run with LOSS_ATLAS_CHROMIUM=/path/to/chromium npm test
MSG
exit 1
