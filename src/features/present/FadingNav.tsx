import type { ReactNode } from 'react'
import { useIdle } from './use-idle.ts'

/**
 * The deck's buttons, which fade from the slide when left alone (useIdle): the room looks at the slide. Faded, they
 * take no tap or click (the tap that brings them back presses nothing), and the keyboard's focus on one shows them
 * all; a click's focus does not keep them. `data-idle` lets the deck hide the pointer with them. Its own component,
 * so the fading re-renders the buttons alone, not the slide.
 */
export function FadingNav({ className, children }: { className: string; children: ReactNode }) {
  const idle = useIdle()
  return (
    <nav
      aria-label="Slides"
      data-idle={idle || undefined}
      className={`${className} transition-opacity duration-500 has-focus-visible:opacity-100 motion-reduce:transition-none ${idle ? 'pointer-events-none opacity-0' : ''}`}
    >
      {children}
    </nav>
  )
}
