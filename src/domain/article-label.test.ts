import { describe, expect, it } from 'vitest'
import { articleLabel, articlePublisher, articleSourceName } from './article-label.ts'

const title = { title: 'AWS Plans to Lay Off Hundreds', publisher: 'Converge360' }

describe('articleLabel and articleSourceName', () => {
  it('name an article by its title, with its publisher in source lines', () => {
    const a = { ...title, label: { text: title.title, from: 'title' as const } }
    expect(articleLabel(a)).toBe('AWS Plans to Lay Off Hundreds')
    expect(articleSourceName(a)).toBe('Converge360, “AWS Plans to Lay Off Hundreds”')
    expect(articleSourceName({ ...a, publisher: null })).toBe('“AWS Plans to Lay Off Hundreds”')
  })

  it('name an untitled article by its publisher', () => {
    const a = { title: null, publisher: 'Quartz', label: { text: 'Quartz', from: 'publisher' as const } }
    expect(articleLabel(a)).toBe('Quartz')
    expect(articleSourceName(a)).toBe('Quartz')
  })

  it('mark words from the first sentence as such', () => {
    const a = {
      title: null,
      publisher: null,
      label: { text: 'Amazon Web Services has announced…', from: 'first-sentence' as const },
    }
    expect(articleLabel(a)).toBe('Untitled article: “Amazon Web Services has announced…”')
    expect(articleSourceName(a)).toBe('untitled article “Amazon Web Services has announced…”')
    expect(articlePublisher(a)).toBe('publisher not named')
  })

  it('fall back to title or publisher for a dataset written before labels, and never to an id', () => {
    expect(articleLabel(title)).toBe(title.title)
    expect(articleLabel({ title: null, publisher: 'Quartz' })).toBe('Quartz')
    expect(articleLabel({ title: null, publisher: null })).toBe('Untitled article')
  })
})
