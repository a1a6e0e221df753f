// The share feature's public entry: what the rest of the app may import from it.
export { default as ShareLink } from './ShareLink.tsx'
