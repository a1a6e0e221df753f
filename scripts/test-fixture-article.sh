#!/usr/bin/env bash
# e2e/with-fixture-article/ alone: builds the fixture article's scratch copy of the data (build-fixture-article.sh)
# and runs its tests against that build. `npm test` runs them in its one e2e run instead.
#   bash scripts/test-fixture-article.sh   (E2E_FIXTURE_PORT picks the server's port, 4175 unless told)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
bash scripts/build-fixture-article.sh "$scratch"
# The run starts every server; the app's own build is reused when there is one.
built=""
[ -f dist/index.html ] && built=1
E2E_BUILT="$built" E2E_FIXTURE_DIR="$scratch" node_modules/.bin/playwright test --project fixture-article
