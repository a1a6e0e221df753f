import { describe, expect, it } from 'vitest'
import { testDraft } from '../review/draft.test-support.ts'
import { messageSubject } from './message-subjects.ts'

const draft = testDraft()
const subject = (message: string) => messageSubject(message, draft)

describe('the sentence a build message is about', () => {
  it('is that of the draft’s entry the message names first: a new fact, a quoted fact, a claim, a disagreement', () => {
    expect(subject('facts.yaml › share-aws-2023-q4-2 › citations[0]: quote does not state the value')).toEqual({
      id: 'share-aws-2023-q4-2',
      sentence: 2,
    })
    expect(subject('facts.yaml › layoffs-2024-04 › citations[7]: mark "x" is not in the quote')).toEqual({
      id: 'layoffs-2024-04',
      sentence: 3,
    })
    expect(subject('claims.yaml › 009-acme-held › facts: share-acme-2024-q1 does not quote this claim')).toEqual({
      id: '009-acme-held',
      sentence: 1,
    })
    expect(subject('claims.yaml › disagreements › share-aws-2023-q4-2-differs: unknown claim "x"')).toEqual({
      id: 'share-aws-2023-q4-2-differs',
      sentence: 2,
    })
  })

  it('never takes an id for a longer one it begins: a message about the dataset’s fact is about none of the draft’s', () => {
    expect(subject('facts.yaml › share-aws-2023-q4 › period: no date word')).toBeNull()
  })

  it('is the sentence the message quotes where it names the article, and none for the article’s metadata', () => {
    expect(subject(`claims.yaml › 009_test: sentence not in the inventory: "${draft.claims[4].quotes[0]}"`)).toEqual({
      id: '009-firm-expects',
      sentence: 4,
    })
    expect(subject('articles.yaml › 009_test: title not found in the article')).toEqual({
      id: '009_test',
      sentence: null,
    })
  })
})
