import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { stripVTControlCharacters } from 'node:util'

// Every child still running (preview servers, Lighthouse), so an error or Ctrl-C can end exactly these.
const running = new Set<ChildProcess>()

/** Spawns a binary directly (no shell, no npx) so that killing the child ends the process itself. */
export function spawnTracked(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
  running.add(child)
  child.on('exit', () => running.delete(child))
  return child
}

/** Kills every tracked child that is still running. Synchronous, so it also works from process.on('exit'). */
export function killAll(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  }
  running.clear()
}

export interface RunResult {
  code: number | null
  output: string
}

export interface RunOptions extends SpawnOptions {
  /** Kill the command after this long (an install with no network can retry for many minutes). */
  timeoutMs?: number
}

/** Runs a command to completion, collecting stdout and stderr together. */
export function run(command: string, args: string[], { timeoutMs, ...options }: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(command, args, options)
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = timeoutMs
      ? setTimeout(() => {
          output += `\n(killed after ${timeoutMs / 1000} s)`
          child.kill('SIGTERM')
        }, timeoutMs)
      : undefined
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

/** Runs a command that must succeed; a failure carries the command's own output. */
export async function runOrThrow(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  const { code, output } = await run(command, args, options)
  // Vite colours its errors even into a pipe; the escapes only garble a log.
  if (code !== 0) {
    throw new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${stripVTControlCharacters(output).trim()}`)
  }
  return output
}
