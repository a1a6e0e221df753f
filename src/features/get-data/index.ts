// The get-data feature's public entry: what the rest of the app may import from it.
export { DataFooter } from './components/DataFooter.tsx'
export { EmbedGetData } from './components/EmbedGetData.tsx'
