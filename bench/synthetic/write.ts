import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import type { SyntheticData } from './generate-data.ts'
import { COMPANIES } from './vocabulary.ts'

// Marks the folder as ours, so a second run may overwrite it but a mistyped path (say, data/) is never clobbered.
const FACTS_HEADER =
  '# Synthetic data for the performance benchmark, written by bench/synthetic/generate-synthetic.ts.\n'

export function assertWritable(outDir: string): void {
  if (!existsSync(outDir) || readdirSync(outDir).length === 0) return
  const factsFile = join(outDir, 'facts.yaml')
  if (existsSync(factsFile) && readFileSync(factsFile, 'utf8').startsWith(FACTS_HEADER)) return
  throw new Error(`${outDir} is not empty and was not written by generate-synthetic; refusing to overwrite it`)
}

/** Writes facts.yaml, sources/articles.yaml and sources/raw/<id>.txt into outDir, replacing an earlier run's files. */
export function writeSyntheticFolder(outDir: string, { facts, manifest, texts, claims }: SyntheticData): void {
  const rawDir = join(outDir, 'sources', 'raw')
  // Raw files left by a bigger run would have no manifest entry, which the build rejects.
  rmSync(rawDir, { recursive: true, force: true })
  mkdirSync(rawDir, { recursive: true })
  // Shared objects (a vague value's word list) would otherwise become YAML aliases, past the parser's alias limit.
  const yamlOptions = { lineWidth: 0, aliasDuplicateObjects: false }
  writeFileSync(join(outDir, 'facts.yaml'), FACTS_HEADER + stringify({ companies: COMPANIES, facts }, yamlOptions))
  writeFileSync(join(outDir, 'sources', 'articles.yaml'), stringify(manifest, yamlOptions))
  writeFileSync(join(outDir, 'claims.yaml'), stringify({ claims }, yamlOptions))
  for (const [id, text] of texts) writeFileSync(join(rawDir, `${id}.txt`), text)
}
