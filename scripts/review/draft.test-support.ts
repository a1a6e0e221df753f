import type { Draft } from './review-api.ts'

/**
 * A draft of our own writing for the review's unit tests (never a draft of the dataset): a title left out, a
 * new company's share, a share that differs from the dataset's (a disagreement), the dataset's cuts said again
 * (a quote, and a statement joining a recorded disagreement), and a forecast left out.
 */
export const TEXT = [
  'Cloud shares shift again this spring',
  '',
  'Acme held 12% of the market in the first quarter of 2024, Canalys said. Canalys put AWS’s share at 32% in the fourth quarter of 2023.',
  '',
  'AWS is cutting several hundred jobs, the company said.',
  '',
  'The firm expects more growth this year.',
].join('\n')

const article = '009_test'
const share = (id: string, company: string, amount: number, period: string, quote: string) => ({
  id,
  label: `${company} share of cloud infrastructure market`,
  metric: 'market_share' as const,
  company,
  period: { value: period },
  value: { kind: 'stated' as const, amount, unit: 'percent' as const },
  source: 'Canalys',
  citations: [{ article, quote }],
})
const SENTENCES = [
  'Cloud shares shift again this spring',
  'Acme held 12% of the market in the first quarter of 2024, Canalys said.',
  'Canalys put AWS’s share at 32% in the fourth quarter of 2023.',
  'AWS is cutting several hundred jobs, the company said.',
  'The firm expects more growth this year.',
]

export const testDraft = (): Draft => ({
  version: 1,
  raw: { file: `${article}.txt`, text: TEXT },
  article: {
    id: article,
    title: SENTENCES[0],
    publisher: null,
    author: null,
    date: { value: '2024-05-02', inferred: true, basis: 'Given at intake (--date).', printed: [] },
    removeLines: [],
  },
  metaEvidence: { title: 'the first line' },
  companies: [{ id: 'acme', name: 'Acme' }],
  facts: [
    {
      fact: share('share-acme-2024-q1', 'acme', 12, '2024-Q1', SENTENCES[1]),
      review: { sentence: 1, figure: '12%', hedges: [], why: '12% read as market share of acme, 2024-Q1' },
    },
    {
      fact: share('share-aws-2023-q4-2', 'aws', 32, '2023-Q4', SENTENCES[2]),
      review: { sentence: 2, figure: '32%', hedges: [], why: '32% read as market share of aws, 2023-Q4' },
    },
  ],
  citations: [
    {
      factId: 'layoffs-2024-04',
      citation: { article, quote: SENTENCES[3] },
      review: { sentence: 3, figure: 'several hundred', hedges: [], why: 'the dataset has it' },
    },
  ],
  claims: [
    { id: '009-cloud-shares', sentence: 0, quotes: [SENTENCES[0]], leftOut: 'A headline.' },
    { id: '009-acme-held', sentence: 1, quotes: [SENTENCES[1]], facts: ['share-acme-2024-q1'] },
    { id: '009-canalys-put', sentence: 2, quotes: [SENTENCES[2]], facts: ['share-aws-2023-q4-2'] },
    { id: '009-aws-cutting', sentence: 3, quotes: [SENTENCES[3]], facts: ['layoffs-2024-04'] },
    { id: '009-firm-expects', sentence: 4, quotes: [SENTENCES[4]], leftOut: 'A forecast.' },
  ],
  joins: [{ disagreement: 'cuts-count-words', says: '“Several hundred”', claim: '009-aws-cutting' }],
  disagreements: [
    {
      id: 'share-aws-2023-q4-2-differs',
      about: 'AWS share of cloud infrastructure market: the articles give different figures',
      facts: ['share-aws-2023-q4', 'share-aws-2023-q4-2'],
      versions: [
        { says: '31%, from Synergy Research Group', claims: ['000-aws-share'] },
        { says: '32%, from Canalys', claims: ['009-canalys-put'] },
      ],
    },
  ],
})
