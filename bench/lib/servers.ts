import { createServer } from 'node:net'
import { bin, ROOT } from './paths.ts'
import { spawnTracked } from './processes.ts'

export interface PreviewServer {
  url: string
  stop: () => void
}

const HOST = '127.0.0.1'
const READY_TIMEOUT_MS = 20_000

/** A port nobody listens on right now; the OS picks it, so two runs never fight over a fixed one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, HOST, () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

/**
 * Serves a build with `vite preview` (the binary itself, so stop() ends the server and not just a wrapper) and
 * resolves once it answers. `args` picks the build: --outDir for the app, --config for the baseline.
 */
export async function startPreview(args: string[]): Promise<PreviewServer> {
  const port = await freePort()
  const url = `http://${HOST}:${port}/`
  const child = spawnTracked(
    bin('vite'),
    ['preview', '--host', HOST, '--port', String(port), '--strictPort', ...args],
    {
      cwd: ROOT,
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = () => void child.kill('SIGTERM')
  for (const started = Date.now(); Date.now() - started < READY_TIMEOUT_MS; await sleep(100)) {
    if (child.exitCode !== null) throw new Error(`vite preview ${args.join(' ')} exited:\n${output}`)
    if (await answers(url)) return { url, stop }
  }
  stop()
  throw new Error(`vite preview ${args.join(' ')} did not answer at ${url} within ${READY_TIMEOUT_MS} ms:\n${output}`)
}
