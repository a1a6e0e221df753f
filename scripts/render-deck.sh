#!/usr/bin/env bash
# Renders the PowerPoint decks of the real dataset as LibreOffice draws them, every slide and every notes
# page as a PNG, to look at: `bash scripts/render-deck.sh [out-dir]` (default test-results/deck).
# Needs LibreOffice Impress and poppler (Debian: apt-get install -y libreoffice-impress poppler-utils
# fonts-liberation2); not part of `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-test-results/deck}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install -y libreoffice-impress poppler-utils fonts-liberation2" >&2; exit 1; }
done
rm -rf "$out"
npx tsx scripts/deck/write-decks.ts "$out"
# A profile of its own: another LibreOffice running on the machine does not block this one.
profile="-env:UserInstallation=file://$(mktemp -d)"
notes='pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}'
for deck in "$out"/*.pptx; do
  name=$(basename "$deck" .pptx)
  soffice "$profile" --headless --convert-to pdf --outdir "$out/slides" "$deck" >/dev/null 2>&1
  soffice "$profile" --headless --convert-to "$notes" --outdir "$out/notes" "$deck" >/dev/null 2>&1
  pdftoppm -png -r 96 "$out/slides/$name.pdf" "$out/$name-slide"
  pdftoppm -png -r 96 "$out/notes/$name.pdf" "$out/$name-notes"
done
ls "$out"/*.png
