import { beforeAll, describe, expect, it } from 'vitest'
import { loadRealDataset, loadRealEvidence } from './real-dataset.test-support.ts'
import type { Dataset, Evidence } from './schema.ts'

let dataset: Dataset
let evidence: Evidence

beforeAll(async () => {
  dataset = await loadRealDataset()
  evidence = await loadRealEvidence()
})

/** A straight apostrophe in the dataset's own words ("Jassy's", "articles' text"), outside an article's quoted words. */
const straightApostrophes = (text: string) =>
  text
    .split(/“[^”]*”/)
    .flatMap((outside) => outside.match(/[A-Za-z0-9]'(?=[A-Za-z])|[a-z]s'(?=[\s,;.)])|AWS'(?=\s)/g) ?? [])

describe('the dataset’s own words', () => {
  it('use the typographic apostrophe, as the app’s do; the articles’ quoted words keep theirs', () => {
    const found = dataset.facts.flatMap((f) => {
      const v = f.value
      const texts = [
        f.label,
        f.source,
        f.note ?? '',
        f.period.words ?? '',
        f.period.basis ?? '',
        f.layoff?.eventDate?.basis ?? '',
        v.kind === 'qualitative' ? v.claim : '',
        v.kind === 'vague' ? (v.range?.basis ?? '') : '',
      ]
      return texts.flatMap((t) => straightApostrophes(t).map((a) => `${f.id}: “${a}” in “${t.slice(0, 60)}…”`))
    })
    const articles = dataset.articles.flatMap((a) =>
      [a.date.yearBasis ?? '', a.date.basis ?? ''].flatMap((t) => straightApostrophes(t).map((x) => `${a.id}: ${x}`)),
    )
    // Where the articles differ: what about, and what each version says (its quoted words apart).
    const differ = evidence.disagreements.flatMap((d) =>
      [d.about, ...d.versions.map((v) => v.says)].flatMap((t) =>
        straightApostrophes(t).map((x) => `${d.id}: ${x} in “${t}”`),
      ),
    )
    expect([...found, ...articles, ...differ]).toEqual([])
    // The check finds what it looks for.
    expect(straightApostrophes("Andy Jassy's email; the articles' text; “Wednesday's news”")).toEqual(["y'", "es'"])
  })
})
