import { DATA_RELEASE } from '../../../config/release.ts'

// A fixed locale and time zone: the server and every reader's browser write the same words. Worded once:
// the footer renders again with every filter, and a date format costs about a millisecond to set up.
const UPDATED = new Date(`${DATA_RELEASE.updated}T00:00:00Z`).toLocaleDateString('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** The words, for a layout that measures them. */
export const DATA_UPDATED_WORDS = `Data updated ${UPDATED}`

/** "Data updated 10 April 2024": the day the dataset last changed, as the build states it. */
export function DataUpdated() {
  return (
    <span>
      Data updated <time dateTime={DATA_RELEASE.updated}>{UPDATED}</time>
    </span>
  )
}
