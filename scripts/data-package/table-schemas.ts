/**
 * The Table Schemas (Data Package v2) of the package's five CSV files. Each field's description is
 * also the README's account of the column, so the two cannot drift apart.
 */

export interface Field {
  name: string
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date'
  description: string
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number }
}

export interface ForeignKey {
  fields: string[]
  reference: { resource: string; fields: string[] }
}

export interface TableSchema {
  fields: Field[]
  primaryKey: string[]
  foreignKeys?: ForeignKey[]
  missingValues: string[]
}

const ID_PATTERN = '[a-z0-9][a-z0-9_-]*'
const PERIOD_PATTERN = '\\d{4}-(Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)'

const id = (name: string, description: string, extra: Field['constraints'] = {}): Field => ({
  name,
  type: 'string',
  description,
  constraints: { required: true, pattern: ID_PATTERN, ...extra },
})
const text = (name: string, description: string, required = false): Field => ({
  name,
  type: 'string',
  description,
  ...(required ? { constraints: { required } } : {}),
})
const flag = (name: string, description: string): Field => ({
  name,
  type: 'boolean',
  description,
  constraints: { required: true },
})
const count = (name: string, description: string, required = true): Field => ({
  name,
  type: 'integer',
  description,
  constraints: { required, minimum: 0 },
})
// Ids separated by spaces. Not Table Schema's list type: the v2 profiles do not define it yet.
const ids = (name: string, description: string): Field => ({
  name,
  type: 'string',
  description,
  constraints: { pattern: `${ID_PATTERN}( ${ID_PATTERN})*` },
})
const toArticles = (field = 'article_id'): ForeignKey => ({
  fields: [field],
  reference: { resource: 'articles', fields: ['article_id'] },
})

/** The article's label beside its id: people read the label, programs join on the id. */
const articleColumns = [
  id('article_id', 'The article, as in articles.csv.'),
  text(
    'article',
    'The article as readers name it: its headline, else its publisher, else words of its first sentence.',
    true,
  ),
]
const located = [
  count('start', 'Where the quote starts in the cleaned article text, in UTF-16 code units from 0.'),
  count('end', 'Where it ends (exclusive).'),
]

export const TABLE_SCHEMAS = {
  facts: {
    fields: [
      id('fact_id', 'The fact’s id, used by the other files and in the dashboard’s links.', { unique: true }),
      text('label', 'What the fact is, in words.', true),
      text('company', 'The company it is about.', true),
      text('metric', 'What is measured: market_share, revenue, layoffs, …', true),
      text(
        'period',
        'The period as the dashboard writes it; “*” marks an inferred year (see articles.csv, year_basis).',
        true,
      ),
      {
        name: 'period_iso',
        type: 'string',
        description: 'The period in ISO form: 2023-Q4, 2023-12 or 2024-04-03; empty when undated.',
        constraints: { pattern: PERIOD_PATTERN },
      },
      { name: 'period_start', type: 'date', description: 'First day of the period.' },
      { name: 'period_end', type: 'date', description: 'Last day of the period.' },
      text('period_words', 'The articles’ own words for when, where they give no date.'),
      flag(
        'year_inferred',
        'true when no article prints the year of the period: it is inferred, as articles.csv explains.',
      ),
      {
        name: 'event_date_iso',
        type: 'string',
        description: 'For a layoff, when it was announced (ISO form).',
        constraints: { pattern: PERIOD_PATTERN },
      },
      {
        name: 'value',
        type: 'number',
        description: 'The number; empty when the articles give none (vague, unknown, in words).',
      },
      text('value_text', 'The value as the dashboard shows it, with its unit or the articles’ words.', true),
      text(
        'value_words',
        'The articles’ words for a vague, approximate, bounded, unknown or qualitative value, joined by " / ".',
      ),
      {
        name: 'range_min',
        type: 'number',
        description: 'A vague or approximate value’s reading, or a derived range: its low end.',
      },
      { name: 'range_max', type: 'number', description: 'Its high end.' },
      text('range_basis', 'How the range is read (“several hundred” read as 300–999) or computed.'),
      text('unit', 'percent, USD, people, days or positions; empty for a value in words.'),
      {
        name: 'kind',
        type: 'string',
        description: 'How the articles give the value.',
        constraints: {
          required: true,
          enum: ['stated', 'approximate', 'bound', 'vague', 'unknown', 'derived', 'derived-range', 'qualitative'],
        },
      },
      flag('derived', 'true when the value is computed from other facts, not stated (see formula).'),
      flag('vague', 'true when the articles give words, not a number (“several hundred”).'),
      text(
        'formula',
        'A derived value’s formula in words, with its inputs’ values; the range it lies in if those are rounded as printed (“= 34% (32.5%–35.5% if its inputs are rounded)”).',
      ),
      text('formula_ids', 'The same formula over fact ids in braces, for programs.'),
      text('source', 'Who first produced the number (a research firm, the company, the articles).', true),
      count('stated_by', 'How many of the articles state the value (0 for a derived one).'),
      text(
        'articles',
        'The articles behind the value (for a derived one, behind its inputs), by label, joined by " | ". Their quotes are in citations.csv.',
      ),
      text('publishers', 'Their publishers, in the same order, joined by " | ".'),
      text(
        'articles_differ',
        'What the articles differ on about this fact, joined by " | "; the versions are in disagreements.csv.',
      ),
      text('note', 'A note on the fact.'),
    ],
    primaryKey: ['fact_id'],
    missingValues: [''],
  },
  citations: {
    fields: [
      id('fact_id', 'The fact the quote supports (facts.csv).'),
      count('citation_number', 'The quote’s place among the fact’s quotes, from 1; value quotes first.'),
      ...articleColumns,
      {
        name: 'role',
        type: 'string',
        description: 'What the quote supports: value, date, attribution (who said it) or detail.',
        constraints: { required: true, enum: ['value', 'date', 'attribution', 'detail'] },
      },
      text('quote', 'The sentence or words quoted, verbatim.', true),
      ...located,
    ],
    primaryKey: ['fact_id', 'citation_number'],
    foreignKeys: [{ fields: ['fact_id'], reference: { resource: 'facts', fields: ['fact_id'] } }, toArticles()],
    missingValues: [''],
  },
  articles: {
    fields: [
      id('article_id', 'The article’s id: its file name in the project’s sources.', { unique: true }),
      text('label', 'How readers name it: its headline, else its publisher, else words of its first sentence.', true),
      text('headline', 'Its headline, where the text has one.'),
      text('publisher', 'Its publisher, where the page names it.'),
      text('author', 'Its author, where the page names one.'),
      { name: 'date', type: 'date', description: 'The date the text implies.', constraints: { required: true } },
      flag(
        'date_inferred',
        'true when the article prints no date of its own and the date is read from what it reports.',
      ),
      text('date_basis', 'How the date is known.', true),
      flag('year_inferred', 'true when the article prints no year.'),
      text('year_basis', 'How the year is known when the article prints none: the one account of the inferred year.'),
    ],
    primaryKey: ['article_id'],
    missingValues: [''],
  },
  disagreements: {
    fields: [
      id('disagreement_id', 'The disagreement.'),
      text('about', 'What the articles differ on.', true),
      ids('facts', 'The facts it is shown with (facts.csv), separated by spaces.'),
      count('version_number', 'Which version of the claim, from 1.'),
      text('says', 'What this version says.', true),
      count('quote_number', 'The quote’s place within the version, from 1.'),
      ...articleColumns,
      text('quote', 'The quote, verbatim.', true),
      ...located,
    ],
    primaryKey: ['disagreement_id', 'version_number', 'quote_number'],
    foreignKeys: [toArticles()],
    missingValues: [''],
  },
  claims: {
    fields: [
      id('claim_id', 'The claim: one statement of one article.'),
      count('quote_number', 'The sentence’s place within the claim, from 1.'),
      ...articleColumns,
      text('sentence', 'The sentence (or the part of it) that makes the claim, verbatim.', true),
      ...located,
      ids('carried_by', 'The facts that carry the claim (facts.csv), separated by spaces; empty when it is left out.'),
      text('left_out', 'Why the claim is not in the dataset, when it is not.'),
    ],
    primaryKey: ['claim_id', 'quote_number'],
    foreignKeys: [toArticles()],
    missingValues: [''],
  },
} as const satisfies Record<string, TableSchema>

export type ResourceName = keyof typeof TABLE_SCHEMAS

/** The resources in the order the package lists them. */
export const RESOURCE_NAMES = [
  'facts',
  'citations',
  'articles',
  'disagreements',
  'claims',
] as const satisfies ResourceName[]

/** Resource descriptions, for the package and the README. */
export const RESOURCE_DESCRIPTIONS: Record<ResourceName, string> = {
  facts:
    'One row per fact: a value the articles state, or one derived from such values, with its period, unit, kind and sources.',
  citations: 'One row per quote behind a fact: which article says it, what it supports and where it is in the article.',
  articles:
    'One row per article: headline, publisher, author, the date it implies, and how that date and its year are known.',
  disagreements: 'One row per quote of each version where the articles word or scope the same claim differently.',
  claims:
    'The inventory of the articles: one row per sentence of each claim, with the facts that carry it or why it is left out.',
}

/**
 * List columns that name facts. Table Schema declares foreign keys between single values only,
 * so these are checked by the package's validator beside the declared keys.
 */
export const LIST_REFERENCES = [
  { resource: 'disagreements', field: 'facts', to: 'facts', toField: 'fact_id' },
  { resource: 'claims', field: 'carried_by', to: 'facts', toField: 'fact_id' },
] as const
