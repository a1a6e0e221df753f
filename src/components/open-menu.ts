import { useCallback, useSyncExternalStore } from 'react'

// Which menu is open on the page, if any: one store for all of them, so opening one closes the others.
let openId: string | null = null
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

function setOpenId(id: string | null) {
  if (openId === id) return
  openId = id
  for (const listener of listeners) listener()
}

/** Whether the menu `id` is open, and a setter; opening it closes any other open menu. */
export function useOpenMenu(id: string): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(
    subscribe,
    () => openId === id,
    () => false,
  )
  const setOpen = useCallback(
    (next: boolean) => {
      if (next) setOpenId(id)
      else if (openId === id) setOpenId(null)
    },
    [id],
  )
  return [open, setOpen]
}
