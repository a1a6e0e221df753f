import { useClientValue } from '../../components/use-client-value.ts'

/** Where the app is hosted: origin and path, without the view state (the query). Links are built on it. */
export const appUrl = () => window.location.origin + window.location.pathname

const canShare = () => typeof navigator.share === 'function'

/**
 * appUrl() for links drawn during render: './' on the server and while the
 * prerendered page hydrates (so the markup matches), the absolute URL after.
 */
export const useAppUrl = () => useClientValue(appUrl, './')

/** Whether the browser has a share sheet; false on the server and while hydrating. */
export const useCanShare = () => useClientValue(canShare, false)
