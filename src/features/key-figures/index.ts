// The key-figures feature's public entry: what the rest of the app may import from it.
export { KeyFigures } from './KeyFigures.tsx'
export { selectKeyFigures } from './select-key-figures.ts'
