import JSZip from 'jszip'
import { PACKAGE_NAME } from '../../src/config/site-files.ts'

/**
 * The package as one zip, its files in a folder named after it (unzipping spills nothing). Each
 * entry is dated the day the data changed, so the same data always gives the same bytes.
 */
export async function zipPackage(files: ReadonlyMap<string, string>, updated: string): Promise<Uint8Array> {
  const zip = new JSZip()
  const date = new Date(`${updated}T00:00:00Z`)
  // No folder entry of its own: jszip would date it with the clock.
  for (const [name, text] of files) zip.file(`${PACKAGE_NAME}/${name}`, text, { date, createFolders: false })
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}
