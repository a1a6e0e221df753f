// The graph of relative imports between src/ modules, type-only imports included: a cycle of types ties the
// modules' meaning together as much as a cycle of values does. Between modules, `import()` is left out: it
// loads a chunk on demand (presentation mode, an export), so it orders nothing at load time. Between
// features it counts: a feature that loads another's chunk depends on it as much as one that imports it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The file a relative import names: lint has each name its file, extension included (import-x/extensions). */
function resolveImport(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier)
  // A name that finds no file would drop its edge, and with it any cycle through it.
  if (!existsSync(path)) throw new Error(`${from}: "${specifier}" names no file`)
  return path
}

interface Specifiers {
  /** Import and export declarations, type-only ones included. */
  declared: string[]
  /** `import('…')` calls with a literal specifier. */
  loaded: string[]
}

/** The module specifiers a file names. */
function specifiers(file: string): Specifiers {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest)
  const declared = source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier)
      ? [statement.moduleSpecifier.text]
      : [],
  )
  const loaded: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments
      if (specifier && ts.isStringLiteralLike(specifier)) loaded.push(specifier.text)
    }
    ts.forEachChild(node, visit)
  }
  // Most modules load nothing on demand: their syntax trees need no walk.
  if (text.includes('import(')) visit(source)
  return { declared, loaded }
}

/** Each module's relative imports (imports and re-exports; `import()` too if asked), as absolute paths. */
export function importGraph(root: string, { dynamic = false } = {}): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const { declared, loaded } = specifiers(file)
    const targets = [...declared, ...(dynamic ? loaded : [])]
      .filter((name) => name.startsWith('.'))
      .map((name) => resolveImport(file, name))
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** The feature a module is part of (the folder under src/features/), or null outside them. */
function featureOf(features: string, path: string): string | null {
  const inside = relative(features, path)
  return inside.startsWith('..') || !inside.includes(sep) ? null : inside.split(sep)[0]!
}

/** Which features import which, by any import: declared, type-only or `import()`. `src` is the app's src/. */
export function featureGraph(src: string): Map<string, string[]> {
  const features = join(src, 'features')
  const graph = new Map<string, Set<string>>()
  for (const [from, targets] of importGraph(src, { dynamic: true })) {
    const feature = featureOf(features, from)
    if (!feature) continue
    const uses = graph.get(feature) ?? new Set<string>()
    graph.set(feature, uses)
    for (const target of targets) {
      const used = featureOf(features, target)
      if (used && used !== feature) uses.add(used)
    }
  }
  return new Map([...graph].map(([feature, uses]) => [feature, [...uses]]))
}

/** The strongly connected components of more than one module, or of one that imports itself (Tarjan). */
export function importCycles(graph: Map<string, string[]>, root = ''): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || graph.get(node)?.includes(node)) {
      cycles.push(component.map((path) => (root ? relative(root, path) : path)).sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}
