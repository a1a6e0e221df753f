import { describe, expect, it } from 'vitest'
import { dashboardUrl, embedUrl } from './embed-links.ts'
import { parseSearch } from '../url-state/index.ts'

const appUrl = 'https://example.org/dashboards/cloud/'
const none = { company: [], period: [], theme: null, bg: null }

describe('embedUrl', () => {
  it('carries the filters and look into the embed, and reads back to the same state', () => {
    const url = embedUrl(appUrl, 'market-share', { ...none, company: ['aws', 'azure'], theme: 'dark', fit: null })
    expect(url.startsWith(appUrl)).toBe(true)
    const state = parseSearch(new URL(url).searchParams)
    expect(state).toMatchObject({ view: 'embed', chart: 'market-share', company: ['aws', 'azure'], theme: 'dark' })
  })

  it('leaves defaults out of the URL', () => {
    expect(embedUrl(appUrl, 'layoffs', { ...none, fit: null })).toBe(
      `${appUrl}embed-layoffs.html?view=embed&chart=layoffs`,
    )
  })

  it('points at the chart’s prerendered page next to the one it is made from', () => {
    const fromIndex = embedUrl(`${appUrl}index.html`, 'aws-results', { ...none, fit: null })
    const fromEmbed = embedUrl(`${appUrl}embed-layoffs.html`, 'aws-results', { ...none, fit: null })
    expect(fromIndex).toBe(`${appUrl}embed-aws-results.html?view=embed&chart=aws-results`)
    expect(fromEmbed).toBe(fromIndex)
  })
})

describe('dashboardUrl', () => {
  it('links back to the dashboard with the same filters', () => {
    const url = dashboardUrl(appUrl, { company: ['aws'], period: ['2023-Q4'], theme: null, fact: 'share-aws-2023-q4' })
    expect(parseSearch(new URL(url).searchParams)).toMatchObject({
      view: 'dashboard',
      company: ['aws'],
      period: ['2023-Q4'],
      fact: 'share-aws-2023-q4',
    })
  })

  it('links from an embed page to the dashboard in the same folder', () => {
    const url = dashboardUrl(`${appUrl}embed-layoffs.html`, { company: [], period: [], theme: null })
    expect(url).toBe(appUrl)
  })
})
