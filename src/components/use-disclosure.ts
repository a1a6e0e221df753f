import { useId, useRef, useState } from 'react'

/**
 * A button that shows and hides a region (the WAI-ARIA disclosure pattern): whether it is open, and the props that
 * tie the button to the region. `button` is for giving it the focus back when a region that held it closes.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false)
  const regionId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const buttonProps = {
    ref: button,
    type: 'button',
    'aria-expanded': open,
    'aria-controls': regionId,
    onClick: () => setOpen(!open),
  } as const
  return { open, setOpen, button, buttonProps, regionId }
}
