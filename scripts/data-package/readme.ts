import { articleLabel, articlePublisher } from '../../src/domain/article-label.ts'
import { formatPeriod } from '../../src/domain/format-fact.ts'
import { bibtexEntry, citationLine, DATASET_TITLE } from '../../src/domain/citation.ts'
import type { DataRelease } from '../../src/config/release.ts'
import { ARTICLE_TEXTS_TERMS, DATA_LICENSE } from '../../src/config/licence.ts'
import { PACKAGE_DESCRIPTION } from './metadata.ts'
import type { PackageSources, Row } from './table-rows.ts'
import { RESOURCE_DESCRIPTIONS, RESOURCE_NAMES, TABLE_SCHEMAS } from './table-schemas.ts'

const cell = (s: string) => s.replace(/\|/g, '\\|')

/**
 * The package's README.md: what each file and column holds, how the years are inferred, how
 * values are derived, and how to cite. Written from the data and the schemas, never by hand.
 */
export function packageReadme(sources: PackageSources, release: DataRelease, facts: readonly Row[]): string {
  const { articles } = sources.dataset
  const yearBases = [
    ...new Set(articles.flatMap((a) => (a.date.yearInferred && a.date.yearBasis ? [a.date.yearBasis] : []))),
  ]
  const inferredFacts = facts.filter((f) => f.year_inferred === true).length
  const derived = facts.filter((f) => f.derived === true)
  const vague = facts.filter((f) => f.vague === true).length
  const unknown = facts.filter((f) => f.kind === 'unknown').length

  const lines: string[] = [
    `# ${DATASET_TITLE}`,
    '',
    PACKAGE_DESCRIPTION,
    '',
    `Version ${release.version}, data updated ${release.updated}. ${facts.length} facts from ${articles.length} articles.`,
    '',
    '## Sources',
    '',
    ...articles.map(
      (a) =>
        `- ${articlePublisher(a)}: ${articleLabel(a)} (${formatPeriod(a.date)}${a.author ? `, by ${a.author}` : ''})`,
    ),
    '',
    'Every value is quoted from these articles (citations.csv); nothing else goes into the data.',
    '',
    '## Files',
    '',
    '- `datapackage.json`: the Frictionless Data Package (v2) descriptor: the licence, the sources and, for each CSV, its Table Schema (column types, keys and the foreign keys between the files).',
    ...RESOURCE_NAMES.map((name) => `- \`${name}.csv\`: ${RESOURCE_DESCRIPTIONS[name]}`),
    '',
    'The CSV files are UTF-8 with a byte order mark and CRLF line ends (RFC 4180), so Excel and LibreOffice open them with their curly quotes intact. A text cell that a spreadsheet would run as a formula (starting with =, +, -, @) starts with an apostrophe. An empty cell means "none" or "not given".',
    '',
    ...RESOURCE_NAMES.flatMap((name) => [
      `### ${name}.csv`,
      '',
      RESOURCE_DESCRIPTIONS[name],
      '',
      '| column | type | what it holds |',
      '| --- | --- | --- |',
      ...TABLE_SCHEMAS[name].fields.map((f) => `| \`${f.name}\` | ${f.type} | ${cell(f.description)} |`),
      '',
    ]),
    '## Inferred years',
    '',
    yearBases.length
      ? `${inferredFacts} of the ${facts.length} facts have a year that no article prints; the dashboard and facts.csv mark it with “*” (\`year_inferred\` is true). How the year is known:`
      : 'Every year in the data is printed by the articles.',
    '',
    ...yearBases.map((basis) => `> ${basis}`),
    '',
    'The same account is in articles.csv (`year_basis`), once per article.',
    '',
    '## How values are derived',
    '',
    'A derived value is computed from other facts, never quoted: `derived` is true, `formula` gives the formula in words with its inputs’ values (and the range it lies in if those are rounded as printed) and `formula_ids` the same over fact ids. Its `articles` are those behind its inputs. A formula over a vague input (“several hundred”) is computed at both ends of the input’s reading and given as a range (`range_min`, `range_max`).',
    '',
    ...(derived.length
      ? [
          '| fact | formula |',
          '| --- | --- |',
          ...derived.map((f) => `| ${cell(String(f.label))} | ${cell(String(f.formula))} |`),
        ]
      : ['No value in this release is derived.']),
    '',
    `Vague values (${vague}) keep the articles’ words in \`value_words\`, with an empty \`value\`; \`range_min\` and \`range_max\` give their literal reading where there is one. Values the articles do not give (${unknown}) are of kind \`unknown\`, never estimated.`,
    '',
    '## How to cite',
    '',
    citationLine({}, release),
    '',
    '```bibtex',
    bibtexEntry({}, release),
    '```',
    '',
    'One chart:',
    '',
    ...sources.charts.map((chart) => `- ${citationLine(chart, release)}`),
    '',
    '## Licence',
    '',
    `The data (the facts, their structure and derivations) is under ${DATA_LICENSE.title} (${DATA_LICENSE.name}, ${DATA_LICENSE.path}): reuse it with attribution, citing as above. ${ARTICLE_TEXTS_TERMS}`,
    '',
  ]
  return lines.join('\n')
}
