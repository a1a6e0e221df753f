// Long enough for every browser to have started reading the file: revoking right after
// click() cancels the download in some (older Safari, Firefox with slow disks).
const REVOKE_AFTER_MS = 30_000

/**
 * Saves a Blob under `fileName` through a temporary <a download> link, then
 * removes the link and, a little later, revokes the object URL.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.hidden = true
  // Firefox only follows links that are in the document.
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
}
