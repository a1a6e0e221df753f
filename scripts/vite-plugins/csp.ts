import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the built page. Only for `vite build`: the dev
 * server injects an inline script (React refresh) and inline styles that this
 * policy rightly forbids. Styles stay 'unsafe-inline' for the SVG export and
 * chart libraries that set style attributes; scripts never are.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

export function cspPlugin(): Plugin {
  return {
    name: 'csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}
