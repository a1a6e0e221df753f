// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from './ErrorBoundary.tsx'

afterEach(() => vi.restoreAllMocks())

let broken = true
function Chart() {
  if (broken) throw new Error('no data for Q4 2023')
  return <p>31%</p>
}

describe('ErrorBoundary', () => {
  it('says what failed and why, tells its owner, and Try again draws the part once it works', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const caught = vi.fn()
    render(
      <ErrorBoundary name="The market share chart" onCaught={caught}>
        <Chart />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert').textContent).toContain('The market share chart could not be shown.')
    expect(screen.getByRole('alert').textContent).toContain('no data for Q4 2023')
    expect(caught).toHaveBeenCalledOnce()
    broken = false
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('31%')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
