// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { chartSvg, wrapText, type ChartSvgOptions } from './chart-svg'

const THEME = { '--series-1': '#c2570c', '--chart-text': '#0f172a', '--chart-axis': '#475569', '--surface': '#ffffff' }

/**
 * A chart shaped like the dashboard's: a solid bar, a hatched bar whose pattern
 * id comes from React's useId, a Recharts-style clip path, a value label, a
 * hidden focus ring, and a hidden tooltip layer.
 */
const CHART = `
<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="400" height="200" viewBox="0 0 400 200" style="width: 100%">
  <defs><clipPath id="recharts1-clip"><rect x="0" y="0" width="400" height="200"></rect></clipPath></defs>
  <g class="recharts-layer" clip-path="url(#recharts1-clip)">
    <g class="chart-mark" role="button" tabindex="0" aria-label="AWS: 31%. Show sources" aria-pressed="false">
      <rect class="bar" x="10" y="20" width="200" height="30" fill="var(--series-1)" rx="2"></rect>
      <text x="218" y="35" dominant-baseline="central" fill="var(--chart-text)" font-size="14"><tspan font-weight="600">31%</tspan></text>
      <rect class="focus-ring" x="6" y="16" width="208" height="38" fill="none" stroke="var(--chart-text)" stroke-width="2"></rect>
    </g>
    <g class="chart-mark" role="button" tabindex="0">
      <defs>
        <pattern id="«r3»" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--series-1)" stroke-width="3"></line>
        </pattern>
      </defs>
      <rect class="hatched" x="10" y="70" width="120" height="30" fill="url(#«r3»)" stroke="var(--series-1)" stroke-dasharray="4 3"></rect>
      <rect class="focus-ring" x="6" y="66" width="128" height="38" fill="none" stroke="var(--chart-text)"></rect>
    </g>
    <g class="tooltip" visibility="hidden"><text x="0" y="0">hidden tooltip</text></g>
    <g class="legend" visibility="hidden"><text class="shown" x="0" y="190" visibility="visible" fill="var(--chart-axis)">legend</text></g>
    <text data-export-omit="" x="0" y="10">screen only</text>
  </g>
</svg>`

const INHERITED = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
  'dominant-baseline',
])
const INITIAL: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  stroke: 'none',
  'stroke-width': '1px',
  visibility: 'visible',
  opacity: '1',
}

/**
 * getComputedStyle as a browser answers it for the chart above: presentation
 * attributes and the `.focus-ring` rule applied, inherited properties
 * inherited, variables resolved, lengths in px and url()s quoted. (jsdom
 * ignores presentation attributes and leaves var() unresolved.)
 */
function browserStyle(element: Element): CSSStyleDeclaration {
  const resolve = (value: string) =>
    value
      .replace(/var\((--[\w-]+)\)/g, (_, name: keyof typeof THEME) => THEME[name])
      .replace(/url\(#([^)]+)\)/, 'url("#$1")')
      .replace(/^(\d+)$/, '$1px')
      .replace(/^(\d+) (\d+)$/, '$1px, $2px')
  const own = (e: Element, property: string) =>
    property === 'visibility' && e.classList.contains('focus-ring') ? 'hidden' : e.getAttribute(property)
  const value = (property: string): string => {
    if (property.startsWith('--')) return THEME[property as keyof typeof THEME] ?? ''
    if (property === 'font-family') return 'Inter, "Segoe UI", sans-serif'
    for (let e: Element | null = element; e; e = INHERITED.has(property) ? e.parentElement : null) {
      const v = own(e, property)
      if (v !== null) return resolve(v)
    }
    return INITIAL[property] ?? ''
  }
  return {
    getPropertyValue: value,
    get display() {
      return 'inline'
    },
    get visibility() {
      return value('visibility')
    },
    get overflow() {
      return 'hidden'
    },
    get color() {
      return 'rgb(15, 23, 42)'
    },
    get fontFamily() {
      return value('font-family')
    },
  } as unknown as CSSStyleDeclaration
}

function mount(markup = CHART): SVGSVGElement {
  document.body.innerHTML = markup
  return document.querySelector('svg')!
}

const OPTIONS: ChartSvgOptions = {
  title: 'Cloud infrastructure market share',
  subtitle: 'Q4 2023 · share of the cloud infrastructure market',
  source:
    'Source: Synergy Research Group. Reported in Article 000 (publisher not named), Computer Weekly, Converge360, Quartz. Dashed outlines mark derived values.',
  background: '#ffffff',
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent)

afterEach(() => {
  vi.restoreAllMocks()
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

describe('chartSvg with browser-computed styles', () => {
  const exportChart = (options = OPTIONS) => {
    vi.spyOn(window, 'getComputedStyle').mockImplementation(browserStyle)
    const result = chartSvg(mount(), options)
    return { ...result, doc: parse(result.svg) }
  }

  it('is a well-formed standalone SVG document with both namespaces and a viewBox', () => {
    const { svg, width, height, doc } = exportChart()
    const root = doc.documentElement
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg')
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"')
    expect(width).toBe(400 + 2 * 16)
    expect(height).toBeGreaterThan(200)
    expect(root.getAttribute('width')).toBe(String(width))
    expect(root.getAttribute('height')).toBe(String(height))
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`)
  })

  it('resolves every CSS variable to the colour the page shows', () => {
    const { svg, doc } = exportChart()
    expect(svg).not.toContain('var(')
    expect(doc.querySelector('rect[x="10"][y="20"]')?.getAttribute('fill')).toBe('#c2570c')
    expect(doc.querySelector('line')?.getAttribute('stroke')).toBe('#c2570c')
    expect(doc.querySelector('tspan')?.parentElement?.getAttribute('fill')).toBe('#0f172a')
  })

  it('inlines the text and stroke styles the drawing depends on, as plain numbers', () => {
    const { doc } = exportChart()
    const chart = doc.querySelector('svg svg')!
    expect(chart.getAttribute('font-family')).toBe('Inter, "Segoe UI", sans-serif')
    const label = doc.querySelector('tspan')!
    expect(label.getAttribute('font-weight')).toBe('600')
    expect(label.parentElement?.getAttribute('font-size')).toBe('14')
    expect(label.parentElement?.getAttribute('dominant-baseline')).toBe('central')
    const hatched = doc.querySelector('rect[x="10"][y="70"]')!
    expect(hatched.getAttribute('stroke-dasharray')).toBe('4, 3')
    expect(doc.querySelector('line')?.getAttribute('stroke-width')).toBe('3')
  })

  it('needs no classes or style sheets and carries no interactivity', () => {
    const { svg } = exportChart()
    expect(svg).not.toMatch(/\sclass=/)
    expect(svg).not.toMatch(/\sstyle=/)
    expect(svg).not.toMatch(/\s(tabindex|aria-pressed|aria-label|data-export-omit)=/)
    expect(svg).not.toContain('<style')
  })

  it('drops focus rings, hidden layers and screen-only elements, but keeps a visible child of a hidden group', () => {
    const { doc } = exportChart()
    expect(doc.querySelectorAll('rect[x="6"]')).toHaveLength(0)
    expect(texts(doc)).not.toContain('hidden tooltip')
    expect(texts(doc)).not.toContain('screen only')
    const legend = [...doc.querySelectorAll('text')].find((t) => t.textContent === 'legend')!
    expect(legend.getAttribute('visibility')).toBe('visible')
    expect(legend.parentElement?.getAttribute('visibility')).toBe('hidden')
    expect(legend.getAttribute('fill')).toBe('#475569')
  })

  it('keeps patterns and clip paths under fresh, unique ids that their references follow', () => {
    const first = exportChart().doc
    const second = exportChart().doc
    const pattern = first.querySelector('pattern')!
    expect(pattern.id).toMatch(/^[a-z0-9-]+$/)
    expect(first.querySelector('rect[y="70"]')?.getAttribute('fill')).toBe(`url(#${pattern.id})`)
    const clip = first.querySelector('clipPath')!
    expect(first.querySelector('[clip-path]')?.getAttribute('clip-path')).toBe(`url(#${clip.id})`)
    expect(second.querySelector('pattern')?.id).not.toBe(pattern.id)
  })

  it('sets the title and subtitle above the chart and the source line, wrapped, below it', () => {
    const { doc } = exportChart()
    const lines = [...doc.documentElement.children].filter((e) => e.localName === 'text')
    const chartTop = Number(doc.querySelector('svg svg')!.getAttribute('y'))
    const [title, subtitle, ...source] = lines
    expect(title.textContent).toBe(OPTIONS.title)
    expect(title.getAttribute('font-weight')).toBe('600')
    expect(title.getAttribute('fill')).toBe('#0f172a')
    expect(subtitle.textContent).toBe(OPTIONS.subtitle)
    expect(Number(subtitle.getAttribute('y'))).toBeLessThan(chartTop)
    expect(source.length).toBeGreaterThan(1)
    expect(source.map((l) => l.textContent).join(' ')).toBe(OPTIONS.source)
    for (const line of source) expect(Number(line.getAttribute('y'))).toBeGreaterThan(chartTop + 200)
    expect(doc.querySelector('title')?.textContent).toBe(OPTIONS.title)
  })

  it('paints the background, or leaves it transparent when asked', () => {
    const opaque = exportChart().doc.documentElement
    const background = [...opaque.children].find((e) => e.localName === 'rect')
    expect(background?.getAttribute('fill')).toBe('#ffffff')
    expect(background?.getAttribute('width')).toBe(opaque.getAttribute('width'))
    const transparent = exportChart({ ...OPTIONS, background: null, subtitle: undefined }).doc.documentElement
    expect([...transparent.children].some((e) => e.localName === 'rect')).toBe(false)
    expect(texts(transparent.ownerDocument)).not.toContain(OPTIONS.subtitle)
  })
})

describe('chartSvg with jsdom’s own style cascade', () => {
  it('resolves variables from classes and removes what the style sheet hides', () => {
    document.head.innerHTML = `<style>
      :root { ${Object.entries(THEME)
        .map(([k, v]) => `${k}: ${v};`)
        .join(' ')} }
      .bar { fill: var(--series-1); }
      .chart-mark .focus-ring { visibility: hidden; }
    </style>`
    const { svg } = chartSvg(mount(), OPTIONS)
    const doc = parse(svg)
    expect(svg).not.toContain('var(')
    expect(doc.querySelector('rect[x="10"][y="20"]')?.getAttribute('fill')).toBe('#c2570c')
    expect(doc.querySelectorAll('rect[x="6"]')).toHaveLength(0)
    expect(texts(doc)).toContain(OPTIONS.title)
  })

  it('says so when the chart has no size', () => {
    expect(() => chartSvg(mount('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), OPTIONS)).toThrow(/no size/)
  })
})

describe('wrapText', () => {
  it('fills lines up to the width and keeps every word in order', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve'
    const lines = wrapText(text, 110, 10)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20)
  })

  it('splits a word longer than a line', () => {
    expect(wrapText('https://example.com/a/very/long/path/indeed', 55, 10)).toEqual([
      'https://ex',
      'ample.com/',
      'a/very/lon',
      'g/path/ind',
      'eed',
    ])
  })
})
