import type { Random } from './random.ts'

// The same renderings value-in-quote.ts accepts; the build checks every quote, so a drift here fails loudly.
const plain = (n: number) => String(Number(n.toFixed(6)))
const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 })

export function spellPercent(rng: Random, amount: number): string {
  return rng.pick([`${plain(amount)}%`, `${plain(amount)}%`, `${plain(amount)} percent`, `${plain(amount)} per cent`])
}

export function spellUsd(rng: Random, amount: number): string {
  if (amount >= 1e9) return rng.pick([`$${plain(amount / 1e9)} billion`, `$${plain(amount / 1e9)}bn`])
  if (amount >= 1e6) return rng.pick([`$${plain(amount / 1e6)} million`, `$${plain(amount / 1e6)}m`])
  return `$${grouped(amount)}`
}

// Articles mostly group thousands ("27,000"); now and then one writes the bare number.
export const spellCount = (rng: Random, amount: number) => (rng.chance(0.9) ? grouped(amount) : plain(amount))
