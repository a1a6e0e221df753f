import { describe, expect, it } from 'vitest'
import { bibtexEntry, citationLine } from './citation.ts'
import type { DataRelease } from '../config/release.ts'

const release: DataRelease = { updated: '2024-04-10', version: '1.2.0', publicUrl: 'https://example.org/cloud/' }
const chart = { chart: { id: 'market-share', title: 'Cloud market share', page: 'embed-market-share.html' } }

describe('citationLine', () => {
  it('names the dataset, its version, the day its data changed and the public address', () => {
    expect(citationLine({}, release)).toBe(
      'Cloud market dashboard (2024). Cloud market share, AWS results and Amazon layoffs, sourced from news articles [dataset], version 1.2.0, data updated 2024-04-10. https://example.org/cloud/',
    )
  })

  it('cites a chart at its own page, within the dataset', () => {
    const line = citationLine(chart, release)
    expect(line).toMatch(
      /^Cloud market dashboard \(2024\)\. “Cloud market share” \[chart\], in Cloud market share, AWS results/,
    )
    expect(line).toMatch(/ https:\/\/example\.org\/cloud\/embed-market-share\.html$/)
  })

  it('leaves the address out when the build has no public URL, unless the page gives one', () => {
    expect(citationLine({}, { ...release, publicUrl: null })).toMatch(/data updated 2024-04-10\.$/)
    expect(citationLine(chart, { ...release, publicUrl: null }, 'https://host.test/x/')).toMatch(
      / https:\/\/host\.test\/x\/embed-market-share\.html$/,
    )
  })
})

describe('bibtexEntry', () => {
  it('is a @misc entry with a key from creator, year and chart, and balanced braces', () => {
    const entry = bibtexEntry(chart, release)
    expect(entry).toMatch(/^@misc\{cloudmarketdashboard2024marketshare,\n/)
    expect(entry).toContain('  url = {https://example.org/cloud/embed-market-share.html}')
    expect(entry).toContain('  version = {1.2.0}')
    const depth = [...entry].reduce((d, c) => (d < 0 ? d : d + (c === '{' ? 1 : c === '}' ? -1 : 0)), 0)
    expect(depth).toBe(0)
  })

  it('escapes what LaTeX would read as a command', () => {
    const entry = bibtexEntry({ chart: { id: 'x', title: 'R&D 50% {draft}', page: 'x.html' } }, release)
    expect(entry).toContain('title = {{R\\&D 50\\% draft (chart), in')
  })
})
