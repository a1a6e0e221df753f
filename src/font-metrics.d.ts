declare module 'virtual:font-metrics' {
  /** Generated at build time from the shipped font files by scripts/font-metrics-plugin.ts. */
  const metrics: import('./lib/font-metrics.ts').FontMetrics
  export default metrics
}
