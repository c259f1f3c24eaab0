#!/usr/bin/env bash
# Makes Debian's Chromium available for the browser tests (the rendered territorial report is checked in it).
#   eval "$(bash eng/chromium.sh)"   # installs the chromium package if absent, prints `export INCLUSION_CHROMIUM=...`
# Nothing else is set up: each test starts its own headless browser with a new, empty profile and stops it.
set -euo pipefail
chromium="${INCLUSION_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq chromium > /dev/null) >&2
  chromium=/usr/bin/chromium
fi
"$chromium" --version >&2
echo "export INCLUSION_CHROMIUM='$chromium'"
