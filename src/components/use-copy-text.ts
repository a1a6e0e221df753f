import { useEffect, useState, type RefObject } from 'react'

export type CopyStatus = 'idle' | 'copied' | 'selected'

/**
 * Copies text to the clipboard. Where the browser refuses (common inside
 * iframes, or without permission) the text is selected in `field` instead,
 * ready for Ctrl+C. A status belongs to the text it was copied from: once the
 * text changes it reads 'idle' again, so a confirmation never speaks of an
 * older link or snippet.
 */
export function useCopyText(field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>) {
  const [last, setLast] = useState<{ text: string; status: 'copied' | 'selected' } | null>(null)
  // After the render that shows the field (it may only appear for the fallback).
  useEffect(() => {
    if (last?.status !== 'selected') return
    field.current?.focus()
    field.current?.select()
  }, [last, field])

  const copy = async (text: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setLast({ text, status: 'copied' })
    } catch {
      setLast({ text, status: 'selected' })
    }
  }
  const statusOf = (text: string): CopyStatus => (last?.text === text ? last.status : 'idle')
  return { copy, statusOf }
}

/** What to tell the reader after copying the `thing` ("code", "link"). */
export function copyStatusText(status: CopyStatus, thing: string): string {
  if (status === 'copied') return 'Copied to the clipboard.'
  if (status === 'selected')
    return `The browser blocked the clipboard: the ${thing} is selected, press Ctrl+C (⌘C on a Mac) to copy it.`
  return ''
}
