import { describe, expect, it } from 'vitest'
import { withoutOrphanAxisIds } from './axis-ids.ts'

const chart = (refs: string[]) =>
  `<c:plotArea><c:barChart><c:barDir val="bar"/>${refs.map((id) => `<c:axId val="${id}"/>`).join('')}</c:barChart>` +
  `<c:catAx><c:axId val="10"/><c:crossAx val="20"/></c:catAx><c:valAx><c:axId val="20"/><c:crossAx val="10"/></c:valAx></c:plotArea>`

describe('withoutOrphanAxisIds', () => {
  it('drops a reference to an axis the chart does not declare', () => {
    expect(withoutOrphanAxisIds(chart(['10', '20', '30']))).toBe(chart(['10', '20']))
  })

  it('leaves a valid chart as it is', () => {
    expect(withoutOrphanAxisIds(chart(['10', '20']))).toBe(chart(['10', '20']))
  })

  it('keeps the series axis of a 3D chart, which declares it', () => {
    const bar3d =
      '<c:bar3DChart><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:bar3DChart>' +
      '<c:catAx><c:axId val="1"/></c:catAx><c:valAx><c:axId val="2"/></c:valAx><c:serAx><c:axId val="3"/></c:serAx>'
    expect(withoutOrphanAxisIds(bar3d)).toBe(bar3d)
  })
})
