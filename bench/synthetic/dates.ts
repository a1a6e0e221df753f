// Dates are whole UTC days since the epoch, so spacing events out is plain arithmetic and no time zone creeps in.
import type { Random } from './random.ts'

const DAY_MS = 86_400_000
export const MONTHS = 'January February March April May June July August September October November December'.split(' ')
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ')
export const ORDINALS = ['first', 'second', 'third', 'fourth']

export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS
export const dateOf = (day: number) => new Date(Math.floor(day) * DAY_MS)
export const isoDay = (day: number) => dateOf(day).toISOString().slice(0, 10)
export const isoMonth = (day: number) => isoDay(day).slice(0, 7)
export const monthWords = (day: number) => `${MONTHS[dateOf(day).getUTCMonth()]} ${dateOf(day).getUTCFullYear()}`
export const weekday = (day: number) => WEEKDAYS[dateOf(day).getUTCDay()]
export const randomDay = (rng: Random, from: string, to: string) => rng.int(dayOf(from), dayOf(to))
