// The get-data feature's public entry: what the rest of the app may import from it.
export { DeferredDataFooter } from './components/DeferredDataFooter.tsx'
export { EMBED_GET_DATA_WORDS, EmbedGetData } from './components/EmbedGetData.tsx'
