// The review page's controls, in the dashboard's classes (its header's buttons, its chips' borders): spelled out
// whole so Tailwind finds them.
export const PRIMARY_BUTTON =
  'rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white'
export const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-slate-500 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800'
export const INPUT =
  'w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400'
export const LABEL = 'block text-xs font-medium text-slate-700 dark:text-slate-300'
export const CARD = 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900'
export const LINK =
  'font-medium text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800 dark:text-sky-300 dark:decoration-sky-300/40'
export const FIELD_ERROR = 'mt-0.5 text-xs text-red-700 dark:text-red-300'
