// The offline feature's public entry: what the rest of the app may import from it.
export { registerServiceWorkerWhenIdle } from './register-when-idle.ts'
