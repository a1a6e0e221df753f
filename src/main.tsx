import { afterFirstPaint, keepEarlyClicks } from './app/prerendered-page.ts'
import { FONT_FAMILY, FONT_WEIGHTS } from './config/fonts.ts'
import { setWebFontNamed } from './lib/web-font.ts'
// The plain DOM half of the theme, not its public entry: that also holds React components, and the chunk they
// need would be fetched and run before the first frame (e2e/prerender.spec.ts checks it is not).
import { applyThemeFromUrl } from './features/theme/apply-theme.ts'
import './index.css'

const root = document.getElementById('root')!
const built = root.dataset.prerendered
// A page built for one view (embed-<chart>.html) opened with no query at all, as from a host that drops an
// iframe's query: it is that view, and the URL says so, since the app reads its view from the URL alone. A frame
// that may not rewrite its URL (a sandbox) keeps the view as built, without the app, which would read another.
const nameBuiltView = (search: string) => {
  try {
    history.replaceState(history.state, '', search + window.location.hash)
    return true
  } catch {
    return false
  }
}
const asBuiltOnly = Boolean(built) && window.location.search === '' && !nameBuiltView(built!)
// One opened with a query that names no view (a host adding "?theme=dark" to an embed's address by hand) is that
// view too, with the query's choices on it: read from the URL alone, it would be the dashboard in the host's frame.
if (built && window.location.search !== '' && !new URLSearchParams(window.location.search).has('view'))
  nameBuiltView(`${built}&${window.location.search.slice(1)}`)

// The theme before anything is drawn, so a prerendered page never flashes the other one.
applyThemeFromUrl(window.location.search)
// Inter is named (index.css) once the first frame is painted, since a web font fetched for that frame holds it
// up, and once every weight is here, so the page is laid out again once and not per file. One that fails to
// arrive leaves its text in the fallback.
void afterFirstPaint()
  .then(() => Promise.allSettled(FONT_WEIGHTS.map((weight) => document.fonts.load(`${weight} 1em ${FONT_FAMILY}`))))
  .then(() => {
    document.documentElement.classList.add('web-font')
    setWebFontNamed()
  })

// A page the build prerendered is painted before the app's code is even fetched: its download and
// compilation (a modulepreload included) held the first frame up by 20–40 ms, more at 100× data. Its
// charts do not need the code to be seen, and a click made meanwhile is kept (app/prerendered-page.ts).
// Any other page starts the app at once. "The view it was built with" means the exact query string: any
// other (another order, a parameter the build did not use) is drawn afresh, and app/start.tsx hydrates
// only a root this left in place.
const start = () => import('./app/start.tsx')
// Drawn by the build, and read as it is (the charts need no script to be seen): no app is coming to take it over.
if (asBuiltOnly) root.removeAttribute('aria-busy')
else if (built === undefined) void start()
else if (window.location.search.replace(/^\?$/, '') !== built) {
  // Another view than the page was built with (a filter, a slide, an embed of index.html): its numbers are
  // not shown for a moment as if they were the view asked for; the app draws that view as soon as it can.
  root.replaceChildren()
  void start()
} else {
  keepEarlyClicks(root)
  void afterFirstPaint().then(start)
}
