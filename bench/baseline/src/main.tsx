import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { Bar, BarChart, XAxis, YAxis } from 'recharts'

interface Share {
  company: string
  name: string
  share: number
}

// The app never refetches its static data either; matching that keeps the two loads comparable.
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } })

async function fetchShares(): Promise<Share[]> {
  const response = await fetch('shares.json')
  if (!response.ok) throw new Error(`shares.json could not be loaded: ${response.status}`)
  return (await response.json()) as Share[]
}

/** The one filter: a toggle button in a "Company" group, marked up like the app's chips so one probe finds both. */
function AwsToggle({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  return (
    <fieldset>
      <legend>Company</legend>
      <button type="button" aria-pressed={pressed} onClick={onToggle}>
        AWS
      </button>
    </fieldset>
  )
}

function SharesChart() {
  const { data, error } = useQuery({ queryKey: ['shares'], queryFn: fetchShares })
  const [awsOnly, setAwsOnly] = useState(false)
  if (error) return <p role="alert">{error.message}</p>
  if (!data) return <p>Loading…</p>
  const shown = awsOnly ? data.filter((s) => s.company === 'aws') : data
  return (
    <>
      <AwsToggle pressed={awsOnly} onToggle={() => setAwsOnly(!awsOnly)} />
      <h2>Cloud infrastructure market share, Q4 2023 (%)</h2>
      {/* Sized and laid out like the app's market-share chart; no animation, as in the app, so bars paint at once. */}
      <BarChart data={shown} layout="vertical" responsive style={{ width: '100%', height: shown.length * 44 + 16 }}>
        <XAxis type="number" domain={[0, 'dataMax']} hide />
        <YAxis type="category" dataKey="name" width={124} />
        <Bar dataKey="share" fill="#d97706" isAnimationActive={false} />
      </BarChart>
    </>
  )
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <main>
      <h1>Cloud market shares</h1>
      <SharesChart />
    </main>
  </QueryClientProvider>,
)
