#!/usr/bin/env bash
# Makes sure the checks have their Chromium (scripts/chromium.ts):
# - a full browser for the bundle budget, the benchmark and the unit tests that measure text: CHROMIUM_PATH, the
#   system's, or Playwright's own; on Debian (as root) its `chromium` when none is found;
# - for the end-to-end tests, Debian's `chromium-headless-shell` beside its `chromium` (installed as root where it
#   is missing; without it they run in the full browser). Playwright's own browser runs headless as the same shell.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  echo "Chromium: $CHROMIUM_PATH (CHROMIUM_PATH)"; exit 0
fi

can_install() { command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; }
updated=0
# One Debian package, so that one missing from the repositories does not keep the other out.
apt_install() {
  if [ "$updated" = 0 ]; then apt-get update -qq || return 1; updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

full=""
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then full="$candidate" && break; fi
done
if [ -z "$full" ]; then
  bundled=$(node -e "try { process.stdout.write(require('playwright').chromium.executablePath()) } catch {}")
  if [ -n "$bundled" ] && [ -x "$bundled" ]; then
    full="$bundled"
  elif can_install; then
    echo "No Chromium found: installing Debian's chromium"
    apt_install chromium || { echo "Could not install Debian's chromium" >&2; exit 1; }
    full=/usr/bin/chromium
  else
    echo "No Chromium found. Install one (Debian: apt-get install chromium chromium-headless-shell; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

if [ "$full" = /usr/bin/chromium ] && [ ! -x /usr/bin/chromium-headless-shell ] && can_install; then
  echo "Installing Debian's chromium-headless-shell for the end-to-end tests"
  apt_install chromium-headless-shell || echo "Could not install it: the end-to-end tests run in $full" >&2
fi

e2e="$full"
if [ -x /usr/bin/chromium-headless-shell ]; then
  e2e=/usr/bin/chromium-headless-shell
elif [ "$full" != /usr/bin/chromium ] && [ "$full" != /usr/bin/chromium-browser ]; then
  e2e="Playwright's own, headless"
fi
echo "Chromium for the budget and the benchmark: $full"
echo "Chromium for the end-to-end tests: $e2e"
