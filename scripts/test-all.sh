#!/usr/bin/env bash
# `npm test`: installs what the checks need, then runs every one of them. A failing check does not stop the
# others (a size over budget says nothing about the end-to-end tests); the run fails at the end if any did.
set -uo pipefail
cd "$(dirname "$0")/.."

# The e2e servers' ports. Two checkouts on one machine need three each:
# E2E_PORT=4273 E2E_SUBPATH_PORT=4274 E2E_FIXTURE_PORT=4275 npm test
E2E_PORT="${E2E_PORT:-4173}"
E2E_SUBPATH_PORT="${E2E_SUBPATH_PORT:-4174}"
E2E_FIXTURE_PORT="${E2E_FIXTURE_PORT:-4175}"

step() { printf '\n== %s\n' "$1"; }
failed=()
timings=()
check() {
  local name="$1" started=$SECONDS
  shift
  step "$name"
  "$@" || failed+=("$name")
  timings+=("$((SECONDS - started)) s  $name")
}
# Playwright would reuse a server already on the port, which may be another checkout's build: refuse instead.
port_in_use() { (exec 3<>"/dev/tcp/localhost/$1") 2>/dev/null; }

step 'npm packages'
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
else
  echo 'node_modules is up to date'
fi

step 'Chromium for the end-to-end tests and the bundle budget'
bash scripts/ensure-chromium.sh || exit 1

for port in "$E2E_PORT" "$E2E_SUBPATH_PORT" "$E2E_FIXTURE_PORT"; do
  if port_in_use "$port"; then
    echo "Port $port is in use (another checkout's server?). Stop it, or choose free ports:" >&2
    echo "  E2E_PORT=<port> E2E_SUBPATH_PORT=<port> E2E_FIXTURE_PORT=<port> npm test" >&2
    exit 1
  fi
done

rm -rf reports
# The scratch copy of the data with a fixture article added, and its build (scripts/build-fixture-article.sh).
fixture="$(mktemp -d)"
trap 'rm -rf "$fixture"' EXIT
# Each of these runs on one core and needs nothing from the others: they run at once, reported in order.
static_checks() {
  local logs name pids=() status=0
  logs="$(mktemp -d)"
  npm run --silent typecheck >"$logs/Typecheck" 2>&1 &
  pids+=($!)
  npm run --silent lint >"$logs/Lint" 2>&1 &
  pids+=($!)
  node_modules/.bin/prettier --check --log-level warn . >"$logs/Formatting" 2>&1 &
  pids+=($!)
  local i=0
  for name in Typecheck Lint Formatting; do
    if wait "${pids[$i]}"; then echo "$name: ok"; else echo "$name: FAILED" && status=1; fi
    cat "$logs/$name"
    i=$((i + 1))
  done
  rm -rf "$logs"
  return "$status"
}
check 'Typecheck, lint and formatting' static_checks
check 'Dataset validation' npm run --silent data:check
# Built once: the budget and the end-to-end run serve this build, from / and from a sub-path (its URLs are relative,
# so a sub-path serves it as it is). One build after the other: two at once only fight over the same cores.
check 'Build (the app, and the baseline the budget compares with)' \
  sh -c 'node_modules/.bin/vite build --logLevel warn && node_modules/.bin/vite build --logLevel warn --config bench/baseline/vite.config.ts'
# The fixture article's scratch copy of the data, built while the budget and the unit tests run: it is mostly one
# core's work, and the budget's page loads leave a core free.
bash scripts/build-fixture-article.sh "$fixture" >"$fixture/build.log" 2>&1 &
fixture_build=$!
fixture_built() {
  local status=0
  wait "$fixture_build" || status=$?
  cat "$fixture/build.log"
  return "$status"
}
check 'Bundle budget (JS fetched before the first chart, gzip, vs the bench baseline)' \
  node_modules/.bin/tsx scripts/check-bundle-budget.ts --no-build
check 'Unit and property tests' \
  node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
check 'A fixture article added to a scratch copy of the data, and built (the rest of its wait)' fixture_built
# One run (playwright.config.ts): every test from /, those tagged @subpath from a sub-path, and the fixture
# article's on its build.
check 'End-to-end tests (from /, @subpath ones from a sub-path, the fixture article on its build)' \
  env E2E_PORT="$E2E_PORT" E2E_SUBPATH_PORT="$E2E_SUBPATH_PORT" E2E_FIXTURE_PORT="$E2E_FIXTURE_PORT" \
  E2E_FIXTURE_DIR="$fixture" E2E_BUILT=1 node_modules/.bin/playwright test

step 'Summary'
printf '%s\n' "${timings[@]}"
node scripts/summarize-tests.mjs || failed+=('Test reports')
if [ ${#failed[@]} -gt 0 ]; then
  printf 'Failed: %s\n' "${failed[@]}"
  printf 'npm test failed after %d s\n' "$SECONDS"
  exit 1
fi
printf 'npm test passed in %d s\n' "$SECONDS"
