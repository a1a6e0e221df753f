import type { ChartModel } from '../chart-models'
import { AwsResultsChart, RESULTS_CHART_HEIGHT } from './AwsResultsChart'
import { ChartSelectionContext } from './chart-selection'
import { LAYOFF_CHART_HEIGHT, LayoffChart } from './LayoffChart'
import { MarketShareChart, marketShareHeight } from './MarketShareChart'

export interface ChartBodyProps {
  model: ChartModel
  selectedId: string | null
  onSelect: (factId: string) => void
  /** Fill the parent's height, for embeds and slides. */
  fill?: boolean
}

/** The drawing of a chart model, the same in the dashboard, an embed and a slide. */
export function ChartBody({ model, selectedId, onSelect, fill }: ChartBodyProps) {
  return (
    <ChartSelectionContext value={{ selectedId, onSelect }}>
      <ChartDrawing model={model} fill={fill} />
    </ChartSelectionContext>
  )
}

/** The height a chart takes in the dashboard, for a placeholder that keeps the layout still. */
export function chartHeight(model: ChartModel): number {
  switch (model.id) {
    case 'market-share':
      return marketShareHeight(model.data?.points.length ?? 0)
    case 'aws-results':
      return RESULTS_CHART_HEIGHT
    case 'layoffs':
      return LAYOFF_CHART_HEIGHT
  }
}

function ChartDrawing({ model, fill }: { model: ChartModel; fill?: boolean }) {
  switch (model.id) {
    case 'market-share':
      return model.data && <MarketShareChart points={model.data.points} fill={fill} />
    case 'aws-results':
      return <AwsResultsChart rows={model.data} fill={fill} />
    case 'layoffs':
      return <LayoffChart waves={model.data.waves} fill={fill} />
  }
}
