// Resolved by the entry (src/main.tsx) once the page is named in its web font, which arrives after the first
// paint (decision 0011), or once its files have failed and the fallback stays.
let markNamed: () => void = () => {}

/** Settles once text has its final font: what is measured before may be measured again. */
export const webFontNamed = new Promise<void>((resolve) => (markNamed = resolve))

export const setWebFontNamed = () => markNamed()
