import { stem } from '../../lib/stem.ts'

/**
 * Text folded for matching: lower case, accents dropped ("é" → "e"), and
 * typographic quotes as typed ones, so "Amazon’s" and "amazon's" meet.
 */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII: lower case is all it needs (at 100× the search reads megabytes of quotes).
  if (!/[^ -~\s]/.test(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .toLowerCase()
}

/** A word of folded text; an apostrophe or hyphen inside it keeps it whole ("amazon's", "lay-offs"). */
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu

interface Token {
  word: string
  stem: string
}

// The same few thousand words recur through every quote: each is stemmed once.
const stems = new Map<string, string>()
const stemOf = (word: string) => {
  let s = stems.get(word)
  if (s === undefined) stems.set(word, (s = stem(word)))
  return s
}

/** The words of folded text, in order, each with its stem. */
export const tokens = (folded: string): Token[] =>
  [...folded.matchAll(WORD)].map(([word]) => ({ word, stem: stemOf(word) }))

/** A typed word without the punctuation around it: "“grew”," → "grew". */
export const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
