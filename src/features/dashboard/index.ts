// The dashboard feature's public entry: what the rest of the app may import from it.
export { Dashboard } from './Dashboard.tsx'
