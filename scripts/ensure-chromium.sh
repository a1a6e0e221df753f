#!/usr/bin/env bash
# Makes sure the checks have a Chromium: CHROMIUM_PATH, the system's, or Playwright's own. On Debian (as root),
# installs what is missing of Debian's chromium (the budget and the benchmark) and chromium-headless-shell (the
# e2e tests: the same engine, without a browser's windows; scripts/chromium.ts).
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  echo "Chromium: $CHROMIUM_PATH (CHROMIUM_PATH)"; exit 0
fi

if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian's ${missing[*]}"
    # A failed install is not the end: whatever Chromium is found below still runs the checks.
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; } ||
      echo "Could not install ${missing[*]}: going on with what is here" >&2
  fi
fi

found=0
for candidate in /usr/bin/chromium-headless-shell /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then echo "Chromium: $candidate (system)" && found=1; fi
done
[ "$found" = 0 ] || exit 0
bundled=$(node -e "try { process.stdout.write(require('playwright').chromium.executablePath()) } catch {}")
if [ -n "$bundled" ] && [ -x "$bundled" ]; then echo "Chromium: $bundled (Playwright's)"; exit 0; fi
echo "No Chromium found. Install one (Debian: apt-get install chromium chromium-headless-shell; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH." >&2
exit 1
