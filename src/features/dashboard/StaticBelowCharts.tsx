import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { StaticFactsTable } from '../facts-table/index.ts'
import { KeyFigures, selectKeyFigures } from '../key-figures/index.ts'

/** The key figures and the facts table as the built page gives them to a reader without script. */
export default function StaticBelowCharts({ index, facts }: { index: DatasetIndex; facts: Fact[] }) {
  const { shown, more } = selectKeyFigures(facts)
  return (
    <div className="space-y-4">
      <KeyFigures index={index} facts={shown} more={more} selectedId={null} />
      <StaticFactsTable index={index} />
    </div>
  )
}
