import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** A schema.org type as schema-dts declares it: its own properties (deprecated ones apart) and its parents. */
interface TypeTerms {
  properties: Set<string>
  deprecated: Set<string>
  parents: string[]
}

/**
 * The schema.org vocabulary as schema-dts (Google's typings, generated from schema.org's release) declares
 * it, read from its declarations: `interface DatasetBase extends CreativeWorkBase { "distribution"?: … }`.
 * Used by the tests to check JSON-LD at run time, as the compiler checks it at build time.
 */
function schemaOrgVocabulary(): Map<string, TypeTerms> {
  const file = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts')
  const source = readFileSync(file, 'utf8')
  const types = new Map<string, TypeTerms>()
  for (const match of source.matchAll(/^interface (\w+)Base(?: extends ([^{]+))? \{\n([\s\S]*?)^\}/gm)) {
    const [, name, extendsList = '', body] = match
    const parents = [...extendsList.matchAll(/\b(\w+)Base\b/g)].map((m) => m[1])
    const properties = new Set<string>()
    const deprecated = new Set<string>()
    for (const prop of body.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?"(\w+)"\?:/g))
      (prop[1]?.includes('@deprecated') ? deprecated : properties).add(prop[2])
    types.set(name, { properties, deprecated, parents })
  }
  return types
}

/**
 * Every @type in a JSON-LD tree that schema.org does not define, and every property its type (with
 * the types it inherits from) does not have or has deprecated. Empty when the tree keeps to the vocabulary.
 */
export function vocabularyProblems(node: unknown, vocabulary = schemaOrgVocabulary(), at = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => vocabularyProblems(item, vocabulary, `${at}[${i}]`))
  if (!node || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  const type = record['@type']
  const problems: string[] = []
  if (typeof type === 'string') {
    if (!vocabulary.has(type)) problems.push(`${at}: "${type}" is not a schema.org type`)
    else {
      const lineage: TypeTerms[] = []
      for (const queue = [type]; queue.length;) {
        const terms = vocabulary.get(queue.shift()!)
        if (!terms) continue
        lineage.push(terms)
        queue.push(...terms.parents)
      }
      for (const key of Object.keys(record).filter((k) => !k.startsWith('@'))) {
        if (lineage.some((t) => t.properties.has(key))) continue
        problems.push(
          lineage.some((t) => t.deprecated.has(key))
            ? `${at}.${key}: deprecated on ${type} in schema.org`
            : `${at}.${key}: ${type} has no property "${key}" in schema.org`,
        )
      }
    }
  }
  for (const [key, value] of Object.entries(record))
    problems.push(...vocabularyProblems(value, vocabulary, `${at}.${key}`))
  return problems
}
