declare module 'virtual:font-metrics' {
  /** Generated at build time from the shipped font files by scripts/vite-plugins/font-metrics.ts. */
  const metrics: import('./lib/font-metrics.ts').FontMetrics
  export default metrics
}
