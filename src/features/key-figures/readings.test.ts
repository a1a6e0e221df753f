import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { readingsOf } from './readings.ts'

let real: DatasetIndex
beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})
const of = (id: string) => readingsOf(real.factById.get(id)!, real)

describe('readingsOf', () => {
  it('names the words a derived range reads: the staff share rests on “several hundred” and “around 60,000”', () => {
    expect(of('aws-cuts-share-of-staff-2024-04')).toBe('From readings of “several hundred” and “around 60,000”')
  })

  it('says nothing of a stated figure, a vague one, or a value derived from figures', () => {
    expect(of('share-aws-2023-q4')).toBeNull()
    expect(of('layoffs-2024-04')).toBeNull()
    expect(of('share-others-2023-q4')).toBeNull()
  })
})
