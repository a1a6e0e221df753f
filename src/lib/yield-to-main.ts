/**
 * Lets the browser handle input and paint before the caller goes on: parsing and indexing megabytes of
 * data in one task would block a tap for its whole length. A message, not a timer, where there is no
 * scheduler.yield(): timers in a background tab wait up to a second.
 */
export function yieldToMain(): Promise<void> {
  // Chromium's Prioritized Task Scheduling API; TypeScript's DOM types have `scheduler` without `yield` yet.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
