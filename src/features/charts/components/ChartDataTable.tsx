import type { ChartModel } from '../definition.ts'

/**
 * A chart's values as a plain table, visually hidden: the text alternative
 * screen readers get in the dashboard, an embed and a slide alike. Its caption gives the number of
 * rows, and notes read formulas in words ("100% − AWS share … (31%) − … = 34%"), never as fact ids.
 */
export function ChartDataTable({ model }: { model: Pick<ChartModel, 'title' | 'rows'> }) {
  return (
    // The wrapper hides it: a table will not shrink to sr-only's 1px and would widen the page.
    <div className="sr-only">
      <table>
        {/* One text node: Chromium drops a text node of a space alone from the name it gives the table ("9rows"). */}
        <caption>{`${model.title}: data, ${model.rows.length} ${model.rows.length === 1 ? 'row' : 'rows'}`}</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Value</th>
            <th scope="col">Period</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={`${r.label}-${r.period}`}>
              <th scope="row">{r.label}</th>
              <td>{r.value}</td>
              <td>{r.period}</td>
              <td>{r.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
