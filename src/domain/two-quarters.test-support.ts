import type { DatasetIndex } from './dataset-index.ts'
import { stated, synthetic, type Spec } from './synthetic-index.test-support.ts'

const share = (id: string, company: string, period: string, amount: number): Spec => ({
  id,
  metric: 'market_share',
  company,
  period,
  value: stated(amount, 'percent'),
})

/**
 * Shares in two quarters, as an article of the next quarter brings them: the first quarter's with a derived
 * remainder and a change in words, a second figure for one company in it (the articles differ), the next
 * quarter's without the remainder, and each quarter's spending.
 */
export const twoQuarters = (): DatasetIndex =>
  synthetic([
    share('share-aws-q4', 'aws', '2023-Q4', 31),
    share('share-azure-q4', 'azure', '2023-Q4', 24),
    share('share-google-q4', 'google-cloud', '2023-Q4', 11),
    {
      id: 'share-others-q4',
      metric: 'market_share',
      company: 'others',
      period: '2023-Q4',
      value: {
        kind: 'derived',
        amount: 34,
        unit: 'percent',
        formula: '100 - {share-aws-q4} - {share-azure-q4} - {share-google-q4}',
      },
    },
    {
      id: 'change-share-aws-q4',
      metric: 'trend',
      company: 'aws',
      period: '2023-Q4',
      value: { kind: 'qualitative', claim: 'Fell', words: ['dipped'] },
    },
    share('share-aws-q4-second', 'aws', '2023-Q4', 32),
    share('share-aws-q1', 'aws', '2024-Q1', 30),
    share('share-azure-q1', 'azure', '2024-Q1', 25),
    share('share-google-q1', 'google-cloud', '2024-Q1', 11),
    { id: 'spending-q4', metric: 'spending', company: 'market', period: '2023-Q4', value: stated(7.4e10, 'USD') },
    { id: 'spending-q1', metric: 'spending', company: 'market', period: '2024-Q1', value: stated(7.9e10, 'USD') },
  ])
