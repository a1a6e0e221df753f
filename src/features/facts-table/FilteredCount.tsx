import { useState } from 'react'
import type { Fact } from '../../domain/schema.ts'

/**
 * How many facts the filters leave, said to screen readers once the filters change: a chip's click is heard, not
 * only seen in the table's heading, and so are filters that leave nothing (whose notice, inserted with its words,
 * a screen reader may not read out). Silent until then, so the page says nothing of it as it loads.
 */
export function FilteredCount({ facts, total }: { facts: readonly Fact[]; total: number }) {
  const [loaded] = useState(facts)
  const [changed, setChanged] = useState(false)
  // Once changed, it stays so: back at the facts it loaded with, it says so too.
  if (facts !== loaded && !changed) setChanged(true)
  const said =
    facts.length === total
      ? `All ${total} facts`
      : facts.length
        ? `${facts.length} of ${total} facts match the filters`
        : 'No facts match the filters'
  return (
    <p role="status" className="sr-only">
      {changed ? said : ''}
    </p>
  )
}
