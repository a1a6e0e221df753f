#!/usr/bin/env bash
# The dataset grows by articles: a fixture article of our own writing (e2e/fixtures/, a following quarter from another
# research firm, one share differing from ours, a new company) is added with `article:add --accept` to a scratch copy
# of data/, that copy is built, and e2e/with-fixture-article/ runs against the build. data/ and dist/ are not touched;
# the fixture never ships.   bash scripts/test-fixture-article.sh   (E2E_FIXTURE_PORT picks the server's port)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -r data "$scratch/data"
export DATASET_DIR="$scratch/data"
node_modules/.bin/tsx scripts/article/cli.ts e2e/fixtures/next-quarter-article.txt --date 2024-05-02 --accept
node_modules/.bin/vite build --logLevel error --outDir "$scratch/dist" --emptyOutDir
E2E_FIXTURE=1 E2E_BUILT=1 E2E_DIST="$scratch/dist" E2E_PORT="${E2E_FIXTURE_PORT:-4175}" node_modules/.bin/playwright test
