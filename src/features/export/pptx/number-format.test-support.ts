/**
 * A number as Excel shows it in a format code, for the codes the deck writes: quoted literals around
 * one `#,##0` (or `#,##0.0…`) with trailing commas, each of which divides by 1,000. Read from Excel's
 * rules, not from the code that writes the formats, so a test can hold the two to the app's words.
 */
export function formatAs(code: string, value: number): string {
  const parts = /^((?:"[^"]*")*)#,##0(?:\.(0+))?(,*)((?:"[^"]*")*)$/.exec(code)
  if (!parts) throw new Error(`Not a format the deck writes: ${code}`)
  const [, before, decimals = '', commas, after] = parts
  const literal = (quoted: string) => quoted.replace(/"/g, '')
  const figure = (value / 1000 ** commas.length).toLocaleString('en-US', {
    minimumFractionDigits: decimals.length,
    maximumFractionDigits: decimals.length,
  })
  return `${literal(before)}${figure}${literal(after)}`
}
