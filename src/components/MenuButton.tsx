import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { menuTarget } from './menu-keys.ts'
import { useOpenMenu } from './open-menu.ts'

export interface MenuItem {
  id: string
  label: ReactNode
  /** A second, smaller line under the label. */
  hint?: ReactNode
  onSelect: () => void
}

const ITEMS = '[role="menuitem"]'

/**
 * A button that opens a menu, after the WAI-ARIA menu button pattern: Enter,
 * Space or ↓ opens it on the first item, ↑ on the last; ↑/↓ (wrapping), Home
 * and End move; Escape, a choice or a click outside close it, and the first
 * two give the focus back to the button. One menu is open at a time.
 */
export function MenuButton({
  label,
  items,
  disabled,
  buttonClassName,
}: {
  /** The button's content; its text also names the menu. */
  label: ReactNode
  items: MenuItem[]
  disabled?: boolean
  buttonClassName: string
}) {
  const id = useId()
  const [open, setOpen] = useOpenMenu(id)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  // The item to focus when the menu appears: ↑ opens on the last one.
  const startAt = useRef<'first' | 'last'>('first')

  const itemElements = () => [...(menu.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])]
  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) button.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    const elements = itemElements()
    elements[startAt.current === 'last' ? elements.length - 1 : 0]?.focus()
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open, setOpen])

  const openAt = (where: 'first' | 'last') => {
    startAt.current = where
    setOpen(true)
  }

  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    e.preventDefault()
    openAt(e.key === 'ArrowUp' ? 'last' : 'first')
  }

  const onMenuKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      return close(true)
    }
    // Tab leaves the menu for the next control after its button, as from the button itself.
    if (e.key === 'Tab') return close(true)
    const elements = itemElements()
    const target = menuTarget(e.key, elements.indexOf(document.activeElement as HTMLElement), elements.length)
    if (target === null) return
    e.preventDefault()
    elements[target].focus()
  }

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className={buttonClassName}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </button>
      {open && (
        <div
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKeyDown}
          className="absolute top-full right-0 z-10 mt-1 w-60 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(true)
                item.onSelect()
              }}
              className="block w-full rounded px-2 py-1.5 text-left text-sm outline-none hover:bg-slate-100 focus:bg-slate-100 focus-visible:ring-2 focus-visible:ring-slate-900 focus-visible:ring-inset dark:hover:bg-slate-800 dark:focus:bg-slate-800 dark:focus-visible:ring-slate-100"
            >
              {item.label}
              {item.hint && <span className="block text-xs text-slate-600 dark:text-slate-400">{item.hint}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
