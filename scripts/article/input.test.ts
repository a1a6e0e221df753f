import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readArticleInput } from './input.ts'

const dir = mkdtempSync(join(tmpdir(), 'article-input-'))
const file = (name: string, bytes: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('reading an article file', () => {
  it('refuses an empty, a blank and a binary file, and one in an encoding it cannot read', async () => {
    await expect(readArticleInput(file('empty.txt', ''))).rejects.toThrow('empty.txt is empty')
    await expect(readArticleInput(file('blank.txt', ' \n\t\n'))).rejects.toThrow('holds only white space')
    await expect(
      readArticleInput(file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))),
    ).rejects.toThrow('binary')
    await expect(readArticleInput(file('latin1.txt', Buffer.from('caf\xe9 cr\xe8me', 'latin1')))).rejects.toThrow(
      'encoding',
    )
    await expect(readArticleInput(join(dir, 'missing.txt'))).rejects.toThrow('cannot be read')
  })

  it('reads UTF-16 with its byte-order mark, and plain UTF-8 as it is', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Cuts at AWS.', 'utf16le')])
    expect((await readArticleInput(file('utf16.txt', utf16))).text).toBe('Cuts at AWS.')
    expect((await readArticleInput(file('plain.txt', 'Amazon’s share dipped.\n'))).text).toBe(
      'Amazon’s share dipped.\n',
    )
  })

  it('reads a saved HTML page as its article’s text, a block a line, with what its head names', async () => {
    const html = `<!doctype html><html><head><title>x</title><meta property="og:site_name" content="Example Weekly">
      <meta property="og:title" content="Cloud shares shift"><meta property="article:published_time" content="2024-05-02T09:00:00Z"></head>
      <body><nav>Home · News</nav><article><h1>Cloud shares shift</h1><p>AWS held <b>30%</b> of the market.</p>
      <p>Azure held 25%.</p><script>track()</script></article><footer>© Example</footer></body></html>`
    const input = await readArticleInput(file('page.html', html))
    expect(input.format).toBe('html')
    expect(input.text).toBe('Cloud shares shift\n\nAWS held 30% of the market.\n\nAzure held 25%.')
    expect(input.hints).toMatchObject({ title: 'Cloud shares shift', publisher: 'Example Weekly', date: '2024-05-02' })
    // jsdom loads only for a saved page, and takes a while to the first time.
  }, 60_000)
})
