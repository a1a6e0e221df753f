// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ServerSearchProvider } from './server-search.tsx'
import { useSearchState } from './use-search-state.ts'
import { useTableState } from './use-table-state.ts'

afterEach(cleanup)
beforeEach(() => history.replaceState(null, '', '/app/?company=aws&foo=1'))

let tableRenders = 0

function Filters() {
  const [{ company, view }, setState] = useSearchState()
  return (
    <>
      <p>companies: {company.join(' ')}</p>
      <p>view: {view}</p>
      <button onClick={() => void setState({ company: [...company, 'azure'] })}>add</button>
      <button onClick={() => void setState({ company: [], view: 'dashboard' })}>reset</button>
    </>
  )
}

function Table() {
  tableRenders++
  const [{ q }] = useTableState()
  return <p>search: {q}</p>
}

describe('the URL state hooks', () => {
  it('show a change in every component at once and then write it to the URL, ignored parameters left out', async () => {
    render(
      <>
        <Filters />
        <Table />
      </>,
    )
    expect(screen.getByText('companies: aws')).toBeTruthy()
    const before = tableRenders
    fireEvent.click(screen.getByRole('button', { name: 'add' }))
    expect(screen.getByText('companies: aws azure')).toBeTruthy()
    await waitFor(() => expect(location.pathname + location.search).toBe('/app/?company=aws,azure'))
    // The table reads only q and sort: a filter change does not render it again.
    expect(tableRenders).toBe(before)
  })

  it('leave defaults and empty lists out of the URL', async () => {
    render(<Filters />)
    fireEvent.click(screen.getByRole('button', { name: 'reset' }))
    await waitFor(() => expect(location.search).toBe(''))
    expect(screen.getByText('view: dashboard')).toBeTruthy()
  })

  it('render the prerendered query on the server, not the browser’s', () => {
    const html = renderToString(
      <ServerSearchProvider search="?view=embed&company=google-cloud">
        <Filters />
      </ServerSearchProvider>,
    )
    expect(html).toContain('companies: <!-- -->google-cloud')
    expect(html).toContain('view: <!-- -->embed')
  })
})
