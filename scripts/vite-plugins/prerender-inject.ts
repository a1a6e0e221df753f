const ROOT = '<div id="root"></div>'

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The page with the app's prerendered markup inside its root, marked with the
 * view state and the dataset (its content hash) it was rendered from: the
 * browser hydrates it when the URL asks for the same view of the same data,
 * and renders afresh otherwise. The quotes' and the article texts' hashes let
 * the page take those files, too, as the build checked them; the dataset's size, whether to read it in a worker.
 */
export function injectPrerendered(
  template: string,
  markup: string,
  page: { search: string; datasetHash: string; datasetBytes: number; evidenceHash: string; textsHash: string },
): string {
  if (!template.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to prerender into`)
  // Busy until the app has taken the page over: assistive technology hears the page is not ready to use yet.
  const attributes = [
    `data-prerendered="${escapeAttr(page.search)}"`,
    `data-dataset-hash="${escapeAttr(page.datasetHash)}"`,
    `data-dataset-bytes="${page.datasetBytes}"`,
    `data-evidence-hash="${escapeAttr(page.evidenceHash)}"`,
    `data-texts-hash="${escapeAttr(page.textsHash)}"`,
    'aria-busy="true"',
  ].join(' ')
  return template.replace(ROOT, () => `<div id="root" ${attributes}>${markup}</div>`)
}
