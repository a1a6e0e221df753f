import { inflateSync } from 'node:zlib'

/**
 * A WOFF 1.0 font file as the TrueType/OpenType file it wraps (W3C WOFF 1.0, section 4): each table inflated
 * where it was compressed, laid out again behind an sfnt table directory. resvg reads sfnt files only, and the
 * shipped font comes as WOFF and WOFF2; WOFF needs nothing but zlib.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file (its signature is not wOFF)')
  const flavor = woff.readUInt32BE(4)
  const numTables = woff.readUInt16BE(12)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20
    const offset = woff.readUInt32BE(entry + 4)
    const compLength = woff.readUInt32BE(entry + 8)
    const origLength = woff.readUInt32BE(entry + 12)
    const stored = woff.subarray(offset, offset + compLength)
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    }
  })
  // The directory's binary-search fields: the largest power of two not above the table count.
  const power = 2 ** Math.floor(Math.log2(numTables))
  const header = Buffer.alloc(12 + numTables * 16)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(numTables, 4)
  header.writeUInt16BE(power * 16, 6)
  header.writeUInt16BE(Math.log2(power), 8)
  header.writeUInt16BE(numTables * 16 - power * 16, 10)
  const bodies: Buffer[] = []
  let offset = header.length
  tables.forEach((t, i) => {
    const record = 12 + i * 16
    t.tag.copy(header, record)
    header.writeUInt32BE(t.checksum, record + 4)
    header.writeUInt32BE(offset, record + 8)
    header.writeUInt32BE(t.data.length, record + 12)
    // Tables start on 4-byte boundaries.
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4)
    t.data.copy(padded)
    bodies.push(padded)
    offset += padded.length
  })
  return Buffer.concat([header, ...bodies])
}
