// The charts feature's public entry: what the rest of the app may import from it.
export { buildChartModel, type ChartModel } from './chart-model.ts'
export { chartModelFor } from './model-cache.ts'
export { ChartCard } from './components/ChartCard.tsx'
export { ChartDataTable } from './components/ChartDataTable.tsx'
export { builtDrawingRules, embedDrawings } from './components/built-drawings.ts'
export { ChartView } from './components/ChartView.tsx'
export { FrameView } from './components/FrameView.tsx'
export { filePaint } from './components/file-paint.ts'
export { SceneContent } from './components/SceneContent.tsx'
export { type FilterScope } from './definition.ts'
export { type BarItem, type BarSpec } from './layout/bars.ts'
export { MARK_MEANING } from './layout/chart-key.ts'
export {
  chartFrame,
  contextText,
  SHORT_FRAME_HEIGHT,
  NARROWEST_CARD_WIDTH,
  type ChartFrame,
  type TextBlock,
} from './layout/frame.ts'
export { cutChart } from './layout/cut-chart.ts'
export { fillingType } from './layout/filling-type.ts'
export { framedScene } from './layout/framed-scene.ts'
export { LEADING, isDirectionShape, isDotShape } from './layout/scene.ts'
export { BASE_FONT_SIZE, baseFontSize, type Medium } from './layout/type-ladder.ts'
export { keyQuote } from './quote-picker.ts'
export { CHART_IDS, CHART_REGISTRY, type ChartId } from './registry.ts'
export { DASHBOARD_LINK, statedByWords } from './frame-words.ts'
