import type { ChartModel } from '../chart-models'
import { AwsResultsChart } from './AwsResultsChart'
import { LayoffChart } from './LayoffChart'
import { MarketShareChart } from './MarketShareChart'

export interface ChartBodyProps {
  model: ChartModel
  selectedId: string | null
  onSelect: (factId: string) => void
  /** Fill the parent's height, for embeds and slides. */
  fill?: boolean
}

/** The drawing of a chart model, the same in the dashboard, an embed and a slide. */
export function ChartBody({ model, selectedId, onSelect, fill }: ChartBodyProps) {
  switch (model.id) {
    case 'market-share':
      return model.data && <MarketShareChart points={model.data.points} selectedId={selectedId} onSelect={onSelect} fill={fill} />
    case 'aws-results':
      return <AwsResultsChart rows={model.data} selectedId={selectedId} onSelect={onSelect} fill={fill} />
    case 'layoffs':
      return <LayoffChart waves={model.data.waves} selectedId={selectedId} onSelect={onSelect} fill={fill} />
  }
}
