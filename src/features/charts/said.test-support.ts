/**
 * Words as a reader says them, and as axe's label-in-name rule compares a name with the text it shows: no
 * punctuation, one case. A mark's name holds what it draws when said(name) includes said(drawn words).
 */
export const said = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
