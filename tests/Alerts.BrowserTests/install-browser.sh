#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Playwright drives it through ExecutablePath;
# Playwright's own browser downloads do not work here). Idempotent and quiet.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
