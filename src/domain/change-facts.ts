import type { DatasetIndex } from './dataset-index.ts'
import type { Fact } from './schema.ts'

/** Which way a change in words goes, read from the claim and the articles' words. */
export type Direction = 'up' | 'down'

export interface ChangeLinks {
  /** A level fact's change fact (AWS's 31% share → "Change in AWS share …"). */
  changeOf: ReadonlyMap<string, Fact>
  /** A change fact's level fact, the way back. */
  levelOf: ReadonlyMap<string, Fact>
}

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
const sharesArticle = (a: Fact, b: Fact) => a.citations.some((c) => b.citations.some((d) => d.article === c.article))

/**
 * Level and change facts paired from the dataset alone, with no link written in the data: a change
 * fact is a claim in words (metric "trend") about the same company and period, cited from an article
 * that also states the level, whose label names the level ("Change in AWS share of …") or, failing
 * that, every word of the level's metric ("share").
 */
function linkChanges(index: DatasetIndex): ChangeLinks {
  const changes = new Map<string, Fact[]>()
  for (const f of index.facts) {
    if (f.metric !== 'trend' || f.value.kind !== 'qualitative') continue
    const key = `${f.company}|${index.periodOf.get(f.id)}`
    changes.set(key, [...(changes.get(key) ?? []), f])
  }
  const changeOf = new Map<string, Fact>()
  const levelOf = new Map<string, Fact>()
  for (const level of index.facts) {
    if (level.metric === 'trend' || level.value.kind === 'qualitative' || !level.period.value) continue
    const candidates = (changes.get(`${level.company}|${index.periodOf.get(level.id)}`) ?? []).filter(
      (c) => !levelOf.has(c.id) && sharesArticle(level, c),
    )
    if (!candidates.length) continue
    const label = normal(level.label)
    const metricWords = level.metric.split('_')
    const change =
      candidates.find((c) => normal(c.label).includes(label)) ??
      candidates.find((c) => metricWords.every((w) => normal(c.label).split(' ').includes(w)))
    if (!change) continue
    changeOf.set(level.id, change)
    levelOf.set(change.id, level)
  }
  return { changeOf, levelOf }
}

const cache = new WeakMap<DatasetIndex, ChangeLinks>()

/** The level↔change pairs of a dataset, built once per loaded dataset. */
export function changeLinks(index: DatasetIndex): ChangeLinks {
  let links = cache.get(index)
  if (!links) cache.set(index, (links = linkChanges(index)))
  return links
}

const UP = /\b(rose|rise|risen|rising|grew|grow|growing|grown|increas\w*|up|gain\w*|climb\w*|rebound\w*)\b/
const DOWN = /\b(fell|fall|fallen|falling|dipped|dip|declin\w*|decreas\w*|down|dropped|drop|slowed|slow\w*|shrank)\b/

/** Up or down, from the claim's first words (then the articles' words); null when they say neither. */
export function directionOf(fact: Fact): Direction | null {
  if (fact.value.kind !== 'qualitative') return null
  for (const text of [fact.value.claim, ...fact.value.words]) {
    const first = normal(text).split(' ').slice(0, 2).join(' ')
    if (UP.test(first)) return 'up'
    if (DOWN.test(first)) return 'down'
  }
  return null
}
