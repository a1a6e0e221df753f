#!/usr/bin/env bash
# The dataset grows by articles: a fixture article of our own writing (e2e/fixtures/, a following quarter from another
# research firm, one share differing from ours, a new company) is added with `article:add --accept` to a scratch copy
# of data/, and that copy is built. data/ and dist/ are not touched; the fixture never ships.
#   bash scripts/build-fixture-article.sh DIR   (writes DIR/data and DIR/dist, for the e2e project `fixture-article`)
set -euo pipefail
dir="${1:?usage: build-fixture-article.sh DIR}"
cd "$(dirname "$0")/.."
rm -rf "$dir/data" "$dir/dist"
mkdir -p "$dir"
cp -r data "$dir/data"
export DATASET_DIR="$dir/data"
node_modules/.bin/tsx scripts/article/cli.ts e2e/fixtures/next-quarter-article.txt --date 2024-05-02 --accept
node_modules/.bin/vite build --logLevel error --outDir "$dir/dist" --emptyOutDir
