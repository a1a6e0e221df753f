import { useAppUrl } from '../../url-state/index.ts'
import { DATA_RELEASE } from '../../../config/release.ts'

/**
 * The address citations give: the public URL the build was given, else the folder of the page being
 * read (known only once the page runs: null on the server and while hydrating, so the markup matches).
 */
export function useCiteBase(): string | null {
  const pageUrl = useAppUrl()
  if (DATA_RELEASE.publicUrl) return DATA_RELEASE.publicUrl
  return /^https?:/.test(pageUrl) ? pageUrl.replace(/[^/]*$/, '') : null
}
