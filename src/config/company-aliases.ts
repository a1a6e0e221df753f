/**
 * How articles name the dataset's companies besides their names, as the article intake reads them. Amazon
 * and AWS stay apart as written: "Amazon's market share" is Amazon's until a reviewer files it under AWS.
 * Longer names first where one contains another ("Amazon Web Services" before "Amazon").
 */
export const COMPANY_ALIASES = {
  aws: ['Amazon Web Services', 'AWS', 'the cloud division', 'cloud-computing business', 'cloud computing division'],
  azure: ['Microsoft Azure', 'Azure', 'Microsoft'],
  'google-cloud': ['Google Cloud', 'Google Cloud Platform', 'GCP', 'Google'],
  amazon: ['Amazon'],
  market: ['the cloud infrastructure market', 'the market', 'enterprise spending', 'the industry'],
} as const satisfies Record<string, readonly string[]>

/**
 * Companies that are part of another: a figure the article gives for Amazon may corroborate the same
 * figure the dataset files under AWS (and back), though a new fact keeps the company as written.
 */
export const COMPANY_PARENTS: Readonly<Record<string, string>> = { aws: 'amazon' }
