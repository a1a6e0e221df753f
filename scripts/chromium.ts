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

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/** CHROMIUM_PATH, else the system's Chromium, else undefined (Playwright's own download). */
function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find(existsSync)
}

/**
 * For the e2e tests: CHROMIUM_PATH, else the system's headless shell, else its Chromium, else Playwright's own
 * (which runs headless as the same shell). The shell draws pages as Chromium does without a browser's windows and
 * profiles: a new browser context costs its browser process 0.16 s of CPU instead of 0.73 s (docs/testing.md).
 */
export function e2eChromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', ...SYSTEM_CHROMIUM].find(existsSync)
}

/**
 * The shell hints glyphs to whole pixels unless told not to, which made a line of text 1.2 % wider than a reader's
 * Chromium draws it: the layouts measured against the shipped font would not be the ones tested.
 */
export const E2E_CHROMIUM_FLAGS = [...CHROMIUM_FLAGS, '--font-render-hinting=none']

/** The binary itself, for tools that launch their own (Lighthouse). */
export const chromiumExecutable = () => chromiumPath() ?? chromium.executablePath()

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true })
}
