/**
 * Runs `task` once the browser is idle (within `timeout` ms at the latest), or in the next task where
 * there is no requestIdleCallback (Safari). Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 10_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(task)
  return () => clearTimeout(id)
}
