/** A zod issue path as people write it: ["facts", 3, "value", "amount"] → "facts[3].value.amount". */
export const issuePath = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('')
