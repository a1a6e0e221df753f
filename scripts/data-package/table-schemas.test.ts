import { describe, expect, it } from 'vitest'
import { FACT_COLUMNS } from '../../src/domain/fact-row.ts'
import { TABLE_SCHEMAS } from './table-schemas.ts'

describe('the facts Table Schema', () => {
  it('describes the facts CSV the app writes: the same columns, in the same order', () => {
    expect(TABLE_SCHEMAS.facts.fields.map((field) => field.name)).toEqual([...FACT_COLUMNS])
  })
})
