import type { ArticleDraft } from './articles.ts'
import type { Random } from './random.ts'
import { PROVIDERS } from './vocabulary.ts'

// Sentences that state no figure, so the quotes sit among ordinary prose as they do in real articles.
const FILLER = [
  (c: string) => `${c} did not respond to a request for comment.`,
  (c: string) => `Analysts said ${c} faces stiffer competition for enterprise workloads than at any time before.`,
  () => 'Customers have spent the past year looking for ways to trim their cloud bills.',
  () => 'The company said the changes would let it focus on the areas with the greatest impact for customers.',
  (c: string) => `Executives at ${c} have repeatedly described generative AI as the next big driver of demand.`,
  () => 'Affected employees will be offered help in finding other roles inside the company.',
  () => 'Rivals have been adding data centre capacity at a rapid pace, particularly in Europe and Asia.',
  (c: string) => `A spokesperson for ${c} said the business remains committed to long-term growth.`,
  () => 'Industry watchers expect the pace of consolidation among smaller providers to pick up.',
  () => 'The figures come as companies weigh the cost of running AI models against their expected returns.',
  (c: string) => `Former staff at ${c} described the mood inside the company as cautious.`,
  () => 'Several large customers are said to be moving workloads back to their own data centres.',
]

function fillerSentence(rng: Random): string {
  return rng.pick(FILLER)(rng.pick(PROVIDERS).name)
}

/** A title line, a blank line, then paragraphs of three to five sentences with the quotes among filler. */
export function articleText(rng: Random, article: ArticleDraft): string {
  const { title, publisher } = article.entry
  const evidence = publisher
    ? [`In a statement shared with ${publisher}, a spokesperson declined to comment further.`]
    : []
  const fillerCount = Math.max(4, Math.round(article.sentences.length * 0.6))
  const filler = Array.from({ length: fillerCount }, () => fillerSentence(rng))
  // Every sentence goes into the claim inventory, the filler as left out.
  const leftOut = (sentence: string, why: string) => article.claims.push({ sentence, facts: [], leftOut: why })
  if (title) leftOut(title, 'The headline; the figures are carried where the text states them.')
  for (const sentence of filler) leftOut(sentence, 'General background, with no figure to carry.')
  for (const sentence of evidence) leftOut(sentence, 'Names the publisher; no figure.')
  const sentences = rng.shuffle([...article.sentences, ...filler, ...evidence])
  const paragraphs: string[] = []
  while (sentences.length) paragraphs.push(sentences.splice(0, rng.int(3, 5)).join(' '))
  return [...(title ? [title, ''] : []), paragraphs.join('\n\n'), ''].join('\n')
}
