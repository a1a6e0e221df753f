#!/usr/bin/env bash
# `npm test`: installs what the checks need, then runs every one of them.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step 'npm packages'
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  echo 'node_modules is up to date'
fi

step 'Chromium for the end-to-end tests'
bash scripts/ensure-chromium.sh

rm -rf reports
step 'Typecheck'
npm run --silent typecheck
step 'Lint and formatting'
npm run --silent lint
node_modules/.bin/prettier --check --log-level warn .
step 'Dataset validation'
npm run --silent data:check
step 'Bundle budget (initial JS gzip vs the bench baseline)'
node_modules/.bin/tsx scripts/check-bundle-budget.ts
step 'Unit and property tests'
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step 'End-to-end tests (served from /)'
node_modules/.bin/playwright test
step 'End-to-end tests (served from a sub-path)'
BASE_PATH=/dashboards/cloud/ E2E_PORT=4174 node_modules/.bin/playwright test

step 'Summary'
node scripts/summarize-tests.mjs
