import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  formatHex,
  parse,
  wcagContrast,
  type Color,
} from 'culori'
import { KNOWN_COMPANY_SLOTS, SERIES_SLOTS } from './companies.ts'
import { PALETTE } from './palette.ts'

/** A CSS colour (hex or Tailwind's oklch()), clipped to sRGB as the browser draws it. */
function parseColor(css: string): Color {
  const color = parse(css)
  if (!color) throw new Error(`not a CSS colour: ${css}`)
  return parse(formatHex(color))!
}
const contrastRatio = (a: Color, b: Color) => wcagContrast(a, b)
/** CIEDE2000 (kL = kC = kH = 1) in CIE Lab under D65, culori's `lab65`. */
const deltaE2000 = differenceCiede2000()
const lab = (l: number, a: number, b: number): Color => ({ mode: 'lab65', l, a, b })
/** Machado, Oliveira & Fernandes (2009) dichromacy simulation at full severity. */
const SIMULATE = { protanopia: filterDeficiencyProt(1), deuteranopia: filterDeficiencyDeuter(1) } as const
type Deficiency = keyof typeof SIMULATE
const toLinear = converter('lrgb')
const clip = (x: number) => Math.min(1, Math.max(0, x))
/**
 * The paper defines its matrices on linear RGB; culori multiplies whatever RGB channels it is handed (gamma-encoded
 * sRGB, as R's colorspace does), which reads some dark-theme pairs as closer than they are (ΔE2000 7.7 for
 * google-cloud / others under deuteranopia, 15.2 in linear RGB). So it is handed linear channels and its result read
 * back as linear, clipped to the gamut.
 */
function simulateCvd(color: Color, deficiency: Deficiency): Color {
  const { r, g, b } = toLinear(color)
  const seen = SIMULATE[deficiency]({ mode: 'rgb', r, g, b })
  return { mode: 'lrgb', r: clip(seen.r), g: clip(seen.g), b: clip(seen.b) }
}

/*
 * The chart palette as shipped: the values are read from src/index.css and the
 * card backgrounds from the components' Tailwind classes, so the test checks
 * what the browser draws, not a copy of it.
 */

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const indexCss = read('../index.css')

/** The custom properties of one rule of src/index.css (`:root`, `.dark`). */
function cssVariables(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const block = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(indexCss)
  if (!block) throw new Error(`src/index.css has no ${selector} rule`)
  return Object.fromEntries([...block[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]))
}

// Tailwind 4's colours (oklch) as its theme defines them.
const tailwindTheme = readFileSync(new URL('../../node_modules/tailwindcss/theme.css', import.meta.url), 'utf8')
function tailwindColor(name: string): Color {
  if (name === 'white') return parseColor('#ffffff')
  const m = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(tailwindTheme)
  if (!m) throw new Error(`Tailwind has no colour ${name}`)
  return parseColor(m[1])
}

/** The background classes (`bg-…`, `dark:bg-…`) of the class list (a className or a constant) that carries `marker`. */
function backgroundOf(file: string, marker: string) {
  // Comments first: an apostrophe in one would pair with the next quote and hide the class lists after it.
  const code = read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1')
  const classes = [...code.matchAll(/"([^"]*)"|`([^`]*)`|'([^']*)'/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .find((c) => c.split(/\s+/).includes(marker))
  if (!classes) throw new Error(`${file}: no className with ${marker}`)
  const light = /(?:^|\s)bg-([a-z]+(?:-\d+)?)(?=\s|$)/.exec(classes)?.[1]
  const dark = /(?:^|\s)dark:bg-([a-z]+(?:-\d+)?)(?=\s|$)/.exec(classes)?.[1]
  if (!light || !dark) throw new Error(`${file}: the ${marker} element has no bg-… and dark:bg-… classes`)
  return { light, dark }
}

const THEMES = {
  light: cssVariables(':root'),
  dark: cssVariables('.dark'),
}
type ThemeName = keyof typeof THEMES

// Where series colours are drawn: dashboard chart cards, embeds (unless transparent) and slides.
const SURFACES = [
  { where: 'chart card', ...backgroundOf('../features/charts/components/ChartCard.tsx', 'print-page') },
  { where: 'embed', ...embedSurface() },
  { where: 'slide', ...backgroundOf('../features/present/PresentationView.tsx', 'h-screen') },
]
/** EmbedView picks its surface in a constant (none when bg=transparent): `const surface = … : 'bg-… dark:bg-…'`. */
function embedSurface() {
  const m = /const surface = .*: '([^']*)'/.exec(read('../features/embed/EmbedView.tsx'))
  if (!m) throw new Error('EmbedView.tsx: no surface classes')
  return { light: /(?:^|\s)bg-([a-z]+(?:-\d+)?)/.exec(m[1])![1], dark: /dark:bg-([a-z]+(?:-\d+)?)/.exec(m[1])![1] }
}

function backgrounds(theme: ThemeName): { where: string; color: Color }[] {
  return [
    { where: '--surface', color: parseColor(THEMES[theme]['--surface']) },
    ...SURFACES.map((s) => ({ where: `${s.where} (bg-${s[theme]})`, color: tailwindColor(s[theme]) })),
  ]
}

const series = (theme: ThemeName, slot: number) => {
  const value = THEMES[theme][`--series-${slot}`]
  if (!value) throw new Error(`src/index.css: ${theme} theme has no --series-${slot}`)
  return parseColor(value)
}

describe('the palette for exports', () => {
  it.each(Object.keys(THEMES) as ThemeName[])('has the %s theme’s colours of src/index.css', (theme) => {
    const css = THEMES[theme]
    const p = PALETTE[theme]
    expect(p.series.map((_, i) => css[`--series-${i + 1}`])).toEqual([...p.series])
    expect([css['--chart-grid'], css['--chart-axis'], css['--chart-text'], css['--surface']]).toEqual([
      p.grid,
      p.axis,
      p.text,
      p.surface,
    ])
  })
})

describe('colour maths', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio(parseColor('#000'), parseColor('#fff'))).toBeCloseTo(21, 5)
    expect(contrastRatio(parseColor('#777777'), parseColor('#ffffff'))).toBeCloseTo(4.48, 2)
  })

  it('computes CIEDE2000 as in Sharma, Wu & Dalal’s test data', () => {
    expect(deltaE2000(lab(50, 2.6772, -79.7751), lab(50, 0, -82.7485))).toBeCloseTo(2.0425, 4)
    expect(deltaE2000(lab(50, -1.3802, -84.2814), lab(50, 0, -82.7485))).toBeCloseTo(1.0, 4)
    expect(deltaE2000(lab(50, 2.5, 0), lab(73, 25, -18))).toBeCloseTo(27.1492, 4)
    expect(deltaE2000(lab(2.0776, 0.0795, -1.135), lab(0.9033, -0.0636, -0.5514))).toBeCloseTo(0.9082, 4)
  })

  it('simulates dichromacy: red and green collapse, white and black stay', () => {
    for (const d of ['protanopia', 'deuteranopia'] as const) {
      const [white, black] = [parseColor('#fff'), parseColor('#000')]
      expect(deltaE2000(simulateCvd(white, d), white)).toBeLessThan(1)
      expect(deltaE2000(simulateCvd(black, d), black)).toBeLessThan(1)
      const [red, green] = [parseColor('#d62728'), parseColor('#2ca02c')]
      const normal = deltaE2000(red, green)
      expect(deltaE2000(simulateCvd(red, d), simulateCvd(green, d))).toBeLessThan(normal / 2)
    }
  })

  it('reads Tailwind’s oklch palette as the browser draws it', () => {
    // slate-900 renders as #0f172b.
    expect(formatHex(tailwindColor('slate-900'))).toBe('#0f172b')
  })
})

describe.each(Object.keys(THEMES) as ThemeName[])('%s theme palette', (theme) => {
  it.each(SERIES_SLOTS.map((s) => [s]))(
    '--series-%i keeps at least 3:1 against every surface it is drawn on',
    (slot) => {
      const color = series(theme, slot)
      for (const bg of backgrounds(theme)) {
        expect(contrastRatio(color, bg.color), `--series-${slot} on ${bg.where}`).toBeGreaterThanOrEqual(3)
      }
    },
  )

  /*
   * Distinguishable: CIEDE2000 ≥ 8 between every pair of known companies, for
   * normal vision and under simulated protanopia and deuteranopia.
   * Why CIEDE2000 and not CIE76: the simulated colours all fall on the
   * blue–yellow axis, and CIE76 overstates differences in saturated yellows and
   * blues (where Lab is least uniform) while understating them in the greys and
   * muted colours the simulation produces. CIEDE2000 corrects for lightness,
   * chroma and hue non-uniformity, so one threshold means the same thing for
   * every pair. 8 is well above a just-noticeable difference (≈1–2) and near
   * what tells two small swatches or thin bars apart at a glance.
   */
  const MIN_DELTA_E_2000 = 8
  // Every slot, not only the known companies': a company an article adds takes a free one (companySlots).
  const slots = SERIES_SLOTS.map(
    (slot) => [Object.entries(KNOWN_COMPANY_SLOTS).find(([, s]) => s === slot)?.[0] ?? 'a new company', slot] as const,
  )
  const pairs = slots.flatMap((a, i) => slots.slice(i + 1).map((b) => [a, b] as const))

  it.each([['normal vision'], ['protanopia'], ['deuteranopia']] as const)(
    'all 8 series colours stay distinguishable (%s)',
    (vision) => {
      const seen = (color: Color) => (vision === 'normal vision' ? color : simulateCvd(color, vision))
      const tooClose = pairs
        .map(([[a, slotA], [b, slotB]]) => ({
          pair: `${a} (--series-${slotA}) / ${b} (--series-${slotB})`,
          deltaE: deltaE2000(seen(series(theme, slotA)), seen(series(theme, slotB))),
        }))
        .filter((p) => p.deltaE < MIN_DELTA_E_2000)
        .map((p) => `${p.pair}: ΔE2000 ${p.deltaE.toFixed(1)}`)
      expect(tooClose).toEqual([])
    },
  )

  it('axis and label text (--chart-axis, --chart-text) keep 4.5:1 against the surfaces', () => {
    for (const variable of ['--chart-axis', '--chart-text']) {
      for (const bg of backgrounds(theme)) {
        expect(
          contrastRatio(parseColor(THEMES[theme][variable]), bg.color),
          `${variable} on ${bg.where}`,
        ).toBeGreaterThanOrEqual(4.5)
      }
    }
  })
})
