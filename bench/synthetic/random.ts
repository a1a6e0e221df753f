// Deterministic randomness: one seeded stream drives every choice, so the generator's output is a pure function
// of its scale. Anything that draws from it must keep its order of draws, or every later choice shifts.

export interface Random {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  sample<T>(items: readonly T[], count: number): T[]
  shuffle<T>(items: T[]): T[]
  hex(length: number): string
}

/** mulberry32: tiny, fast and good enough for test data; Math.random would make every run differ. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const shuffle = <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(0, i)
      ;[items[i], items[j]] = [items[j], items[i]]
    }
    return items
  }
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (p) => next() < p,
    sample: (items, count) => shuffle([...items]).slice(0, count),
    shuffle,
    hex: (length) => Array.from({ length }, () => int(0, 15).toString(16)).join(''),
  }
}
