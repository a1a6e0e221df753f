import { absolute, SHEET } from './chart-sheet.ts'
import type { DeckChart, DeckSeries } from './deck-chart.ts'
import { escapeXml } from './xml.ts'

/** A box in fractions of the chart's frame, as DrawingML's manual layouts place things. */
export interface Fractions {
  x: number
  y: number
  w: number
  h: number
}

/** How a chart part draws its table: type, colours ("RRGGBB") and where its plot and legend go. */
export interface ChartStyle {
  font: string
  /** In points. */
  sizes: { label: number; axis: number }
  colors: { text: string; muted: string; axis: string; grid: string }
  /** The plot's inner box (bars and grid, without axis labels): the slide's layout measures around it. */
  plot: Fractions
  /** Where the legend sits, or null when the bars are of one measure and need none. */
  legend: Fractions | null
  /** The gap between categories, in percent of a bar's thickness (0–500): a few categories get slimmer bars. */
  gapWidth: number
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

// The two axes' ids: any two numbers, as long as the plot and the axes agree (decision 0005).
const CAT_AXIS = 101
const VAL_AXIS = 102

const fill = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`
const noShape = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
const fraction = (n: number) => n.toFixed(4)

/** A run's properties: every run names its typeface, so no viewer falls back to a theme's. */
const runProps = (style: ChartStyle, size: number, color: string, tag = 'a:rPr') =>
  `<${tag} lang="en-US" sz="${Math.round(size * 100)}" b="0">${fill(color)}<a:latin typeface="${style.font}"/><a:cs typeface="${style.font}"/></${tag}>`

const textProps = (style: ChartStyle, size: number, color: string) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(style, size, color, 'a:defRPr')}</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`

const layout = ({ x, y, w, h }: Fractions, target = '') =>
  `<c:layout><c:manualLayout>${target}<c:xMode val="edge"/><c:yMode val="edge"/>` +
  `<c:x val="${fraction(x)}"/><c:y val="${fraction(y)}"/><c:w val="${fraction(w)}"/><c:h val="${fraction(h)}"/></c:manualLayout></c:layout>`

const SHOW_VALUE =
  '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
  '<c:showPercent val="0"/><c:showBubbleSize val="0"/>'

function seriesXml(chart: DeckChart, series: DeckSeries, s: number, style: ChartStyle): string {
  const rows = chart.categories.length
  const ref = (range: string) => escapeXml(absolute(range))
  // Figures are labelled by their number format, so a label follows an edit in the sheet; words are slide text.
  const labels =
    series.labelFormat === null
      ? '<c:dLbls><c:delete val="1"/></c:dLbls>'
      : `<c:dLbls><c:numFmt formatCode="${escapeXml(series.labelFormat)}" sourceLinked="0"/>${noShape}` +
        `${textProps(style, style.sizes.label, style.colors.text)}<c:dLblPos val="outEnd"/>${SHOW_VALUE}</c:dLbls>`
  const points = series.fills.flatMap((color, i) =>
    color === null
      ? []
      : [
          `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${fill(color)}</c:spPr></c:dPt>`,
        ],
  )
  const cached = series.values.flatMap((v, i) => (v === null ? [] : [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`]))
  return (
    `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>` +
    `<c:tx><c:strRef><c:f>${ref(SHEET.head(s))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(series.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr>${fill(series.fills.find((f) => f !== null) ?? style.colors.muted)}</c:spPr><c:invertIfNegative val="0"/>` +
    `${points.join('')}${labels}` +
    `<c:cat><c:strRef><c:f>${ref(SHEET.categories(rows))}</c:f><c:strCache><c:ptCount val="${rows}"/>` +
    chart.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`).join('') +
    '</c:strCache></c:strRef></c:cat>' +
    `<c:val><c:numRef><c:f>${ref(SHEET.column(s, rows))}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${rows}"/>${cached.join('')}</c:numCache></c:numRef></c:val></c:ser>`
  )
}

/**
 * The chart part of a deck's native bar chart, drawn from the tidy table in its embedded sheet
 * (chart-sheet.ts): each series a column, each bar its company's colour, labels in the app's words,
 * the scale fixed as on the page. `sheetRel` is the relationship id of the embedded workbook.
 */
export function chartXml(chart: DeckChart, style: ChartStyle, sheetRel: string): string {
  const rows = chart.direction === 'bar'
  // Drawn in the sheet's order, later over earlier (deckChart puts a reading's lower end last).
  const series = chart.series.flatMap((s, i) => (s.drawn ? [seriesXml(chart, s, i, style)] : []))
  const line = (color: string | null, width = 9525) =>
    `<c:spPr><a:ln w="${width}">${color ? fill(color) : '<a:noFill/>'}</a:ln></c:spPr>`
  const legend = style.legend
    ? `<c:legend><c:legendPos val="t"/>` +
      chart.series
        .flatMap((s, i) =>
          s.role === 'stated' || !s.drawn
            ? []
            : [`<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`],
        )
        .join('') +
      `${layout(style.legend)}<c:overlay val="0"/>${textProps(style, style.sizes.label, style.colors.text)}</c:legend>`
    : ''
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace ${NS}>` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/>' +
    `<c:plotArea>${layout(style.plot, '<c:layoutTarget val="inner"/>')}` +
    `<c:barChart><c:barDir val="${chart.direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}` +
    // One measure's values share their category's place (a figure, or a reading's two ends over each other).
    `<c:gapWidth val="${Math.round(style.gapWidth)}"/><c:overlap val="${chart.sideBySide ? 0 : 100}"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    // Rows read top down, as on the page: the categories run max to min, and the value axis crosses at the last.
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${rows ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${rows ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${line(style.colors.axis, 12700)}` +
    `${textProps(style, style.sizes.label, style.colors.text)}<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="1"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:max val="${chart.axis.max}"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${rows ? 'b' : 'l'}"/><c:majorGridlines>${line(style.colors.grid)}</c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(chart.axis.format)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${line(null)}${textProps(style, style.sizes.axis, style.colors.muted)}` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${rows ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>` +
    `<c:majorUnit val="${chart.axis.major}"/></c:valAx>${noShape}</c:plotArea>${legend}` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `${noShape}${textProps(style, style.sizes.label, style.colors.text)}` +
    `<c:externalData r:id="${sheetRel}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
  )
}
