import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { FactsTable, FilteredCount } from '../facts-table/index.ts'
import { KeyFigures, selectKeyFigures } from '../key-figures/index.ts'

/**
 * What comes below the charts: the key figures and the facts table, and the status that says what the filters
 * leave (there whatever they leave; with nothing left, it is all there is). A chunk of its own, loaded once the
 * first chart is drawn, so none of its code is fetched before a chart responds.
 */
export default function FiguresAndTable({
  index,
  facts,
  selectedId,
  onSelect,
}: {
  index: DatasetIndex
  facts: Fact[]
  selectedId: string | null
  onSelect: (factId: string) => void
}) {
  const { shown, more } = selectKeyFigures(facts)
  return (
    <>
      <FilteredCount facts={facts} total={index.facts.length} />
      {facts.length > 0 && (
        <>
          <KeyFigures index={index} facts={shown} more={more} selectedId={selectedId} onSelect={onSelect} />
          <FactsTable index={index} facts={facts} selectedId={selectedId} onSelect={onSelect} />
        </>
      )}
    </>
  )
}
