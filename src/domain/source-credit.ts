/**
 * How a fact's `source` is written: who first produced the number, or "Not named …" (with what the
 * article does say) when its sentence credits no one. Parts for several producers are separated by "; ".
 * The build checks a source against the sentences it rests on; source lines name an unattributed value
 * as such.
 */
const NOT_NAMED = /^\s*not named\b/i

/** Whether a source (or one part of it) says that no one is credited. */
export const namesNoSource = (source: string): boolean => NOT_NAMED.test(source)

export const SOURCE_PART_SEPARATOR = /;\s*/
