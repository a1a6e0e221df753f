import { Refusal } from './input.ts'

/** A line the cleaning drops, and why (as data/sources/articles.yaml records it). */
export interface Removal {
  line: string
  why: string
}

/** What the intake proposes of a page: the chrome to drop, the headline, publisher and author, with their words. */
export interface PageProposal {
  removeLines: Removal[]
  removeFrom: Removal | null
  title: string | null
  publisher: { name: string; evidence: string } | null
  author: { name: string; evidence: string } | null
}

// Everything from one of these lines on is the page's, not the article's.
const TAIL: [RegExp, string][] = [
  [/^(leave a reply|leave a comment|comments?|join the conversation)$/i, 'comment form'],
  [/^about the author$/i, 'author box, and what follows it'],
  [/^(related (articles|stories|posts)|more from|you may also like|recommended)$/i, 'teasers for other articles'],
]
const CREDIT = /^photo:|^(image|picture)( credit)?:|\bgetty images\b|\breuters\b|\bap photo\b|\s[-–]$/i
const TEASER = /^(read more|see also|related:|sign up|subscribe)\b/i
const SENTENCE_END = /[.!?:”"’]$/

const words = (line: string) => line.split(/\s+/).filter(Boolean).length

/**
 * The page chrome of a saved article, line by line: counters, photo credits and captions, link teasers,
 * category tags, and the comment form or author box that ends it; the headline (the first line that reads
 * as one). Each is a proposal the reviewer may undo: the body itself is never touched.
 */
export function proposePage(raw: string, given: { title?: string; publisher?: string }): PageProposal {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
  const removeLines: Removal[] = []
  let removeFrom: Removal | null = null
  let title: string | null = given.title ?? null
  let bodyStarted = false
  const drop = (line: string, why: string) => {
    if (!removeLines.some((r) => r.line === line)) removeLines.push({ line, why })
  }
  for (const [i, line] of lines.entries()) {
    if (!line) continue
    const tail = TAIL.find(([re]) => re.test(line))
    if (tail) {
      removeFrom = { line, why: tail[1] }
      break
    }
    const next = lines.slice(i + 1).find(Boolean) ?? ''
    if (/^\d+$/.test(line)) drop(line, 'counter')
    else if (CREDIT.test(line) && words(line) <= 14) drop(line, 'photo credit')
    else if (/^photo:/i.test(next) && words(line) >= 4) drop(line, 'photo caption')
    else if (TEASER.test(line)) drop(line, 'link teaser')
    else if (!title && !bodyStarted && words(line) >= 4 && !SENTENCE_END.test(line)) title = line
    else if (bodyStarted && words(line) <= 3 && !SENTENCE_END.test(line)) drop(line, 'category tag')
    else bodyStarted = bodyStarted || words(line) > 3
  }
  const author = authorOf(lines, removeFrom)
  return { removeLines, removeFrom, title, publisher: publisherOf(raw, given.publisher, author), author }
}

/**
 * The publisher named on the page: --publisher (with the line that names it, when one does), else "a
 * statement shared with X", else the outlet the author box names.
 */
function publisherOf(
  raw: string,
  given: string | undefined,
  author: PageProposal['author'],
): PageProposal['publisher'] {
  if (given) {
    const line = raw
      .split('\n')
      .find((l) => l.includes(given))
      ?.trim()
    // The dataset credits a publisher only where the page names it, so the reader can see the words.
    if (!line)
      throw new Refusal(
        `--publisher "${given}" is named nowhere on the page; the dataset credits a publisher only where the page names it`,
      )
    return { name: given, evidence: line }
  }
  const m = raw.match(/\b(?:a )?statement shared with ((?:[A-Z][\w]*)(?: [A-Z][\w]*)*)/)
  if (m) return { name: m[1], evidence: m[0] }
  // "… is the editorial director of Converge360." in the author box.
  const box = author?.evidence.match(
    /\b(?:editor|director|reporter|writer|correspondent)\b[^.]* (?:of|at) ([A-Z][\w]*(?: [A-Z][\w]*)*)\.$/,
  )
  return box ? { name: box[1], evidence: author!.evidence } : null
}

/** The author an author box or a byline names: "Gladys Rama (@…) is the editorial director of Converge360." */
function authorOf(lines: readonly string[], removeFrom: Removal | null): PageProposal['author'] {
  for (const line of lines) {
    const byline = line.match(/^By ([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})$/)
    if (byline) return { name: byline[1], evidence: line }
  }
  if (removeFrom?.why.startsWith('author box')) {
    const box = lines.slice(lines.indexOf(removeFrom.line) + 1).find(Boolean) ?? ''
    const m = box.match(/^([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})(?: \(@\w+\))? is (?:a|an|the) /)
    if (m) return { name: m[1], evidence: box }
  }
  return null
}
