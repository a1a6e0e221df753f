declare module 'virtual:font-metrics' {
  /** Generated at build time from the shipped font files by scripts/vite-plugins/font-metrics.ts. */
  const metrics: import('./lib/font-metrics.ts').FontMetrics
  export default metrics
}

declare module 'virtual:deck-font-metrics' {
  /** The PowerPoint deck's font tables, generated at build time (scripts/vite-plugins/font-metrics.ts). */
  const metrics: import('./lib/font-metrics.ts').FontMetrics
  export default metrics
}
