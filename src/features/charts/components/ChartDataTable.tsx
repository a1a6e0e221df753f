export interface ChartDataRow {
  label: string
  value: string
  period: string
  note?: string
}

/** A chart's values as a plain table: the text alternative screen readers get. */
export function ChartDataTable({ caption, rows }: { caption: string; rows: ChartDataRow[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Value</th>
          <th scope="col">Period</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.label}-${r.period}`}>
            <th scope="row">{r.label}</th>
            <td>{r.value}</td>
            <td>{r.period}</td>
            <td>{r.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
