import type { Random } from './random.ts'

// Word banks. Names are invented apart from the three real providers the dashboard's charts expect; a few carry
// commas and double quotes so the CSV export has to quote them.

const BIG_THREE = [
  { id: 'aws', name: 'AWS' },
  { id: 'azure', name: 'Microsoft Azure' },
  { id: 'google-cloud', name: 'Google Cloud' },
]
export const SMALL_PROVIDER_NAMES = [
  'Nimbus Systems',
  'Cumulo, Inc.',
  '"Stratus" Cloud',
  'Altocloud',
  'Cirrus Data Services',
  'Helio Compute',
  'Orbital Hosting, Ltd.',
  'Vapor Networks',
  'Zephyr "Z" Cloud',
]
export const PROVIDERS = [
  ...BIG_THREE,
  ...SMALL_PROVIDER_NAMES.map((name, i) => ({ id: `provider-${String(i + 1).padStart(2, '0')}`, name })),
]
export const COMPANIES = [
  ...PROVIDERS,
  { id: 'others', name: 'Other providers' },
  { id: 'amazon', name: 'Amazon' },
  { id: 'market', name: 'Whole market' },
]
export const nameOf = (id: string) => COMPANIES.find((c) => c.id === id)!.name

export const ANALYSTS = [
  'Stratify Research',
  'Northgate Analytics',
  'Cloudmetrics Group',
  'Kestrel Market Intelligence',
]
export const PUBLISHERS = [
  'Computer Weekly',
  'Quartz',
  'Converge360',
  'Cloud Ledger',
  'Datacenter Daily',
  'Infra Weekly',
]
export const BUSINESS_UNITS = [
  'Sales, Marketing and Global Services',
  'Physical Stores Technology',
  'Twitch',
  'Advertising',
  'Devices and Services',
  'Training and Certification',
  'People Experience and Technology',
  'Film and television studios',
  'Data centre operations',
  'Partner programmes',
  'Developer relations',
]
export const LOCATIONS = [
  'Seattle',
  'Seattle, Washington',
  'Dublin',
  'Bangalore',
  'Austin, Texas',
  'Vancouver',
  'London',
]
export const EXECUTIVES = [
  { name: 'Dana Whitfield', role: 'CEO' },
  { name: 'Marcus Oyelaran', role: 'senior vice-president' },
  { name: 'Priya Raman', role: 'chief operating officer' },
  { name: 'Tomas Lindqvist', role: 'head of global sales' },
  { name: 'Harriet Cole', role: 'CEO' },
]
export const STARTUPS = [
  'Lumen AI',
  'Parallax Labs',
  'Meridian Models',
  'Tessellate',
  'Quill Robotics',
  'Brightwater AI',
]
export const PROJECTS = ['Nova', 'Blue Harbor', 'Kestrel', 'Just Walk Out', 'Lighthouse', 'Atlas']
export const REVIEW_PLACES = ['India', 'Costa Rica', 'the Philippines', 'Poland', 'Kenya']

// The layoffs chart is about Amazon, so most waves are Amazon's or AWS's; the rest spread over the other providers.
export const pickEmployer = (rng: Random) =>
  rng.chance(0.6) ? rng.pick(['amazon', 'aws']) : rng.pick(PROVIDERS.slice(1)).id
