import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  contrastRatio,
  deltaE2000,
  parseColor,
  parseHex,
  simulateCvd,
  toLab,
  type Deficiency,
  type Rgb,
} from '../lib/color'
import { KNOWN_COMPANY_SLOTS, SERIES_SLOTS } from './companies'
import { PALETTE } from './palette'

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
function tailwindColor(name: string): Rgb {
  if (name === 'white') return parseHex('#ffffff')
  const m = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(tailwindTheme)
  if (!m) throw new Error(`Tailwind has no colour ${name}`)
  return parseColor(m[1])
}

/** The background classes (`bg-…`, `dark:bg-…`) of the element that carries `marker` in its class list. */
function backgroundOf(file: string, marker: string) {
  const classes = [...read(file).matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\}|'([^']*)')/g)]
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

function backgrounds(theme: ThemeName): { where: string; color: Rgb }[] {
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
    expect(contrastRatio(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 5)
    expect(contrastRatio(parseHex('#777777'), parseHex('#ffffff'))).toBeCloseTo(4.48, 2)
  })

  it('computes CIEDE2000 as in Sharma, Wu & Dalal’s test data', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4)
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 4)
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4)
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4)
  })

  it('simulates dichromacy: red and green collapse, white and black stay', () => {
    for (const d of ['protanopia', 'deuteranopia'] as const) {
      expect(deltaE2000(toLab(simulateCvd(parseHex('#fff'), d)), toLab(parseHex('#fff')))).toBeLessThan(1)
      expect(deltaE2000(toLab(simulateCvd(parseHex('#000'), d)), toLab(parseHex('#000')))).toBeLessThan(1)
      const [red, green] = [parseHex('#d62728'), parseHex('#2ca02c')]
      const normal = deltaE2000(toLab(red), toLab(green))
      expect(deltaE2000(toLab(simulateCvd(red, d)), toLab(simulateCvd(green, d)))).toBeLessThan(normal / 2)
    }
  })

  it('reads Tailwind’s oklch palette as the browser draws it', () => {
    // slate-900 renders as #0f172b.
    const slate900 = tailwindColor('slate-900')
    expect(slate900.map((c) => Math.round(c * 255))).toEqual([15, 23, 43])
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
  const companies = Object.entries(KNOWN_COMPANY_SLOTS)
  const pairs = companies.flatMap((a, i) => companies.slice(i + 1).map((b) => [a, b] as const))

  it.each([['normal vision'], ['protanopia'], ['deuteranopia']] as const)(
    'known companies stay distinguishable (%s)',
    (vision) => {
      const seen = (rgb: Rgb) => toLab(vision === 'normal vision' ? rgb : simulateCvd(rgb, vision as Deficiency))
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
