#!/usr/bin/env bash
# Makes sure the e2e tests have a Chromium: CHROMIUM_PATH, the system's, or
# Playwright's own. On Debian without any of them (as root), installs Debian's.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  echo "Chromium: $CHROMIUM_PATH (CHROMIUM_PATH)"; exit 0
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then echo "Chromium: $candidate (system)"; exit 0; fi
done
bundled=$(node -e "try { process.stdout.write(require('playwright').chromium.executablePath()) } catch {}")
if [ -n "$bundled" ] && [ -x "$bundled" ]; then echo "Chromium: $bundled (Playwright's)"; exit 0; fi

if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "No Chromium found: installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  echo "Chromium: /usr/bin/chromium (installed)"; exit 0
fi
echo "No Chromium found. Install one (Debian: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH." >&2
exit 1
