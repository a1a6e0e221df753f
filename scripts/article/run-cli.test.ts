import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')

// A project of its own (the launcher, a two-file cli.ts, esbuild), so the real intake's kept bundle is not touched.
const project = mkdtempSync(join(tmpdir(), 'run-cli-'))
const scripts = join(project, 'scripts', 'article')
mkdirSync(scripts, { recursive: true })
mkdirSync(join(project, 'node_modules'))
symlinkSync(join(ROOT, 'node_modules', 'esbuild'), join(project, 'node_modules', 'esbuild'))
copyFileSync(join(ROOT, 'scripts', 'article', 'run-cli.mjs'), join(scripts, 'run-cli.mjs'))
writeFileSync(join(project, 'package-lock.json'), '{ "lockfileVersion": 3 }\n')
// cli.ts loads one file with its own CommonJS require, as language-libraries.ts loads compromise and chrono.
writeFileSync(
  join(scripts, 'cli.ts'),
  [
    "import { createRequire } from 'node:module'",
    "import { answer } from './answer.ts'",
    'const require = createRequire(import.meta.url)',
    "const { mark } = require('./mark.cjs') as { mark: string }",
    "console.log(`${answer(process.argv[2] ?? '')}${mark} ${import.meta.dirname}`)",
  ].join('\n'),
)
// …and one of node's own modules, as the yaml writer's CommonJS code requires "process".
const markWith = (mark: string) =>
  writeFileSync(join(scripts, 'mark.cjs'), `exports.mark = require('node:path').basename('/${mark}')\n`)
const answerWith = (word: string) =>
  writeFileSync(join(scripts, 'answer.ts'), `export const answer = (arg: string): string => \`${word} \${arg}\`\n`)
const run = () => execFileSync(process.execPath, [join(scripts, 'run-cli.mjs'), 'FILE'], { encoding: 'utf8' }).trim()
const kept = () => readdirSync(join(project, 'node_modules', '.cache', 'article-cli')).filter((f) => f.endsWith('.mjs'))

afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('article:add runs the intake from a kept bundle', () => {
  it('runs the code as written, with its arguments and its own file’s place, and bundles it once', () => {
    answerWith('first')
    markWith('.')
    expect(run()).toBe(`first FILE. ${scripts}`)
    const bundle = kept()
    expect(bundle).toHaveLength(1)
    expect(run()).toBe(`first FILE. ${scripts}`)
    expect(kept()).toEqual(bundle)
  })

  it('runs a file’s new code once it is edited, and drops the bundle of the old', () => {
    const before = kept()
    answerWith('edited')
    expect(run()).toBe(`edited FILE. ${scripts}`)
    expect(kept()).toHaveLength(1)
    expect(kept()).not.toEqual(before)
  })

  it('runs the new code of a file its own require loads, once it is edited', () => {
    const before = kept()
    markWith('!')
    expect(run()).toBe(`edited FILE! ${scripts}`)
    expect(kept()).not.toEqual(before)
  })

  it('bundles again once the installed libraries change (package-lock.json)', () => {
    const before = kept()
    writeFileSync(join(project, 'package-lock.json'), '{ "lockfileVersion": 3, "packages": {} }\n')
    expect(run()).toBe(`edited FILE! ${scripts}`)
    expect(kept()).toHaveLength(1)
    expect(kept()).not.toEqual(before)
  })
})
