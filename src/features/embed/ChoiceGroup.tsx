/** A set of radio buttons under a legend; disabled as a whole, with a hint saying why, where it changes nothing. */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  disabledBecause,
}: {
  legend: string
  name: string
  value: V
  options: readonly (readonly [V, string])[]
  onChange: (value: V) => void
  disabledBecause?: string
}) {
  return (
    <fieldset disabled={!!disabledBecause} className="disabled:text-slate-500 dark:disabled:text-slate-400">
      <legend className="text-sm font-semibold">
        {legend}
        {disabledBecause && <span className="font-normal"> ({disabledBecause})</span>}
      </legend>
      <div className="mt-1 flex flex-col gap-1 text-sm">
        {options.map(([option, label]) => (
          <label key={option} className="inline-flex items-start gap-2">
            <input
              type="radio"
              name={name}
              className="mt-1"
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
