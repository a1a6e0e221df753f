// Plain DOM rather than React: the notice loads with the service-worker code, after the first paint, and a
// second React root there would pull react-dom/client into a shared chunk that the first load then fetches too.

const BOX =
  'no-print fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit max-w-[calc(100%-2rem)] flex-wrap items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'
const SECONDARY =
  'rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'
const PRIMARY =
  'rounded-md bg-slate-900 px-3 py-1 font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white'

export const UPDATE_MESSAGE = 'A newer version of the dashboard and its data is available.'

function button(doc: Document, text: string, className: string, onClick: () => void): HTMLButtonElement {
  const el = doc.createElement('button')
  el.type = 'button'
  el.className = className
  el.textContent = text
  el.addEventListener('click', onClick)
  return el
}

/**
 * A polite offer to switch to a newly deployed build (and its data), never
 * forced: "Reload" lets the waiting build take over (`reload`; the page
 * reloads once it has), "Not now" keeps the current one. Shown once per page.
 */
export function showUpdateNotice(reload: () => Promise<void>, doc: Document = document): HTMLElement {
  const existing = doc.querySelector<HTMLElement>('[data-update-notice]')
  if (existing) return existing
  const box = doc.createElement('div')
  box.setAttribute('role', 'status')
  box.dataset.updateNotice = ''
  box.className = BOX
  const message = doc.createElement('p')
  message.textContent = UPDATE_MESSAGE
  const later = button(doc, 'Not now', SECONDARY, () => box.remove())
  const accept = button(doc, 'Reload', PRIMARY, () => {
    accept.disabled = true
    accept.textContent = 'Reloading…'
    reload().catch(() => {
      accept.disabled = false
      accept.textContent = 'Reload'
    })
  })
  const actions = doc.createElement('div')
  actions.className = 'flex gap-2'
  actions.append(later, accept)
  box.append(message, actions)
  doc.body.append(box)
  return box
}
