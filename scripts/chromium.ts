// Chromium for every browser tool here: e2e tests, screenshots, the benchmark and Lighthouse.
import { chromium, type Browser } from '@playwright/test'
import { existsSync } from 'node:fs'

/** For a root user in a container with no outside network; Lighthouse's Chromium gets the same. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** CHROMIUM_PATH, else the system's Chromium, else undefined (Playwright's own download), as the e2e tests do. */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync)
}

/** The binary itself, for tools that launch their own (Lighthouse). */
export const chromiumExecutable = () => chromiumPath() ?? chromium.executablePath()

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true })
}
