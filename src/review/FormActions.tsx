import { BUTTON, PRIMARY_BUTTON } from './styles.ts'

/** An edit form's end: Done submits it, Cancel leaves what was there. */
export function FormActions({ onCancel }: { onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className={PRIMARY_BUTTON}>
        Done
      </button>
      <button type="button" className={BUTTON} onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
