export interface Sentence {
  text: string
  start: number
  end: number
}

// A sentence ends at . ! or ? (and any closing quote) before a space and a capital or an opening quote:
// "… (AWS). This", "… agile.” He", but not "… Inc. did" or "streamline ... to".
const BOUNDARY = /(?<=[.!?][”"’]?)\s+(?=[“"‘A-Z])/g

/**
 * The sentences of a cleaned article with their offsets: each line (a paragraph, a title) split at
 * sentence ends. Good enough to list what the claim inventory must account for; an odd split only
 * makes two entries where one would do, never hides a sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    let at = 0
    for (const boundary of [...line.matchAll(BOUNDARY), null]) {
      const end = boundary ? boundary.index : line.length
      const piece = line.slice(at, end)
      const lead = piece.length - piece.trimStart().length
      if (piece.trim()) {
        const start = offset + at + lead
        sentences.push({ text: piece.trim(), start, end: start + piece.trim().length })
      }
      if (boundary) at = boundary.index + boundary[0].length
    }
    offset += line.length + 1
  }
  return sentences
}
