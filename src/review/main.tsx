// The review page's entry (/review.html in `npm run dev` only: scripts/vite-plugins/review.ts). No build reads it.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { applyThemeFromUrl } from '../features/theme/apply-theme.ts'
import { ReviewApp } from './ReviewApp.tsx'
import './review.css'

applyThemeFromUrl(window.location.search)
// The dashboard waits for its first paint to name Inter (decision 0011); a page for reviewers names it at once.
document.documentElement.classList.add('web-font')
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReviewApp />
  </StrictMode>,
)
