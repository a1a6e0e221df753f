import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { createHash } from 'node:crypto'
import Papa from 'papaparse'
import packageProfile from './profiles/datapackage.json' with { type: 'json' }
import resourceProfile from './profiles/dataresource.json' with { type: 'json' }
import tableSchemaProfile from './profiles/tableschema.json' with { type: 'json' }
import { LIST_REFERENCES, type Field, type TableSchema } from './table-schemas.ts'

/** Reads one file of the package by its path in the descriptor; undefined when it is missing. */
export type ReadFile = (path: string) => string | undefined

// ajv-formats is CommonJS: its function is the module itself under Node, `default` under a bundler.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule

/**
 * The standard's profiles, compiled once. They use annotations ajv does not know (propertyOrder,
 * context) and a "textarea" format that only means "long text": both are allowed, not checked.
 */
function profiles() {
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addFormat('textarea', true)
  return {
    package: ajv.compile(packageProfile),
    resource: ajv.compile(resourceProfile),
    tableSchema: ajv.compile(tableSchemaProfile),
  }
}
let compiled: ReturnType<typeof profiles> | undefined

const profileErrors = (where: string, validate: ValidateFunction, value: unknown): string[] =>
  validate(value)
    ? []
    : (validate.errors ?? []).map((e: ErrorObject) => `${where}${e.instancePath || ''}: ${e.message ?? 'is invalid'}`)

interface Resource {
  name: string
  path: string
  bytes?: number
  hash?: string
  schema: TableSchema
}

const TRUE = ['true', 'True', 'TRUE', '1']
const FALSE = ['false', 'False', 'FALSE', '0']
const INTEGER = /^[+-]?\d+$/
const NUMBER = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|NaN|[+-]?INF)$/

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
}

/** Why a cell does not fit its field, or null when it does (a missing value is checked by `required`). */
function cellProblem(field: Field, cell: string): string | null {
  const c = field.constraints ?? {}
  switch (field.type) {
    case 'integer':
      if (!INTEGER.test(cell)) return `"${cell}" is not an integer`
      break
    case 'number':
      if (!NUMBER.test(cell)) return `"${cell}" is not a number`
      break
    case 'boolean':
      if (!TRUE.includes(cell) && !FALSE.includes(cell)) return `"${cell}" is not a boolean`
      break
    case 'date':
      if (!validDate(cell)) return `"${cell}" is not a date (YYYY-MM-DD)`
      break
  }
  if (c.enum && !c.enum.includes(cell)) return `"${cell}" is not one of ${c.enum.join(', ')}`
  // Table Schema patterns are XML Schema regular expressions: they match the whole value.
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) return `"${cell}" does not match ${c.pattern}`
  if (c.minimum !== undefined && Number(cell) < c.minimum) return `${cell} is below the minimum ${c.minimum}`
  return null
}

interface Table {
  resource: Resource
  /** Cells by field name, null where missing; one record per data row. */
  rows: Record<string, string | null>[]
}

/** Reads a CSV resource and checks its header and every row against its Table Schema. */
function readTable(resource: Resource, text: string, problems: string[]): Table {
  const { schema, path } = resource
  const missing = new Set(schema.missingValues ?? [''])
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false })
  for (const e of parsed.errors) problems.push(`${path} row ${(e.row ?? 0) + 1}: ${e.message}`)
  const [header = [], ...records] = parsed.data
  const names = schema.fields.map((f) => f.name)
  if (header.join(',') !== names.join(','))
    problems.push(`${path}: header is ${header.join(',')}; the schema's fields are ${names.join(',')}`)
  const seen = new Map<string, Set<string>>()
  const keys = new Set<string>()
  const rows = records.map((record, i) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const at = `${path} row ${i + 2}`
    if (record.length !== names.length)
      problems.push(`${at}: ${record.length} cells where the schema has ${names.length} fields`)
    const row: Record<string, string | null> = {}
    schema.fields.forEach((field, j) => {
      const raw = record[j] ?? ''
      const cell = missing.has(raw) ? null : raw
      row[field.name] = cell
      if (cell === null) {
        if (field.constraints?.required) problems.push(`${at}, ${field.name}: required but empty`)
        return
      }
      const problem = cellProblem(field, cell)
      if (problem) problems.push(`${at}, ${field.name}: ${problem}`)
      if (field.constraints?.unique) {
        const values = seen.get(field.name) ?? new Set()
        if (values.has(cell)) problems.push(`${at}, ${field.name}: "${cell}" is not unique`)
        seen.set(field.name, values.add(cell))
      }
    })
    const key = schema.primaryKey.map((f) => row[f])
    if (key.some((v) => v === null))
      problems.push(`${at}: primary key ${schema.primaryKey.join(', ')} has an empty cell`)
    else if (keys.has(key.join('\u0000')))
      problems.push(`${at}: primary key (${key.join(', ')}) is already used by another row`)
    keys.add(key.join('\u0000'))
    return row
  })
  return { resource, rows }
}

/** Every declared foreign key, and the lists of fact ids, resolve to a row of the resource they name. */
function keyProblems(tables: Map<string, Table>): string[] {
  const problems: string[] = []
  const valuesOf = (resource: string, fields: readonly string[]) =>
    new Set(tables.get(resource)?.rows.map((r) => fields.map((f) => r[f]).join('\u0000')))
  for (const { resource, rows } of tables.values()) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = fk.reference.resource || resource.name
      if (!tables.has(target)) {
        problems.push(
          `${resource.path}: foreign key ${fk.fields.join(', ')} names a resource "${target}" that is not in the package`,
        )
        continue
      }
      const known = valuesOf(target, fk.reference.fields)
      rows.forEach((row, i) => {
        const value = fk.fields.map((f) => row[f])
        if (value.some((v) => v === null) || known.has(value.join('\u0000'))) return
        problems.push(
          `${resource.path} row ${i + 2}, ${fk.fields.join(', ')}: "${value.join(', ')}" is not a ${fk.reference.fields.join(', ')} of ${target}`,
        )
      })
    }
  }
  for (const ref of LIST_REFERENCES) {
    const table = tables.get(ref.resource)
    if (!table) continue
    const known = valuesOf(ref.to, [ref.toField])
    table.rows.forEach((row, i) => {
      for (const id of row[ref.field]?.split(' ') ?? [])
        if (!known.has(id))
          problems.push(
            `${table.resource.path} row ${i + 2}, ${ref.field}: "${id}" is not a ${ref.toField} of ${ref.to}`,
          )
    })
  }
  return problems
}

/**
 * Validates a data package: the descriptor against the Data Package v2 profile, each resource against
 * the Data Resource profile and its schema against the Table Schema profile; each file's size and hash;
 * every row against its Table Schema; every primary and foreign key. Returns the problems, none when valid.
 */
export function validatePackage(read: ReadFile): string[] {
  compiled ??= profiles()
  const text = read('datapackage.json')
  if (text === undefined) return ['datapackage.json: missing']
  let descriptor: { resources?: Resource[] }
  try {
    descriptor = JSON.parse(text) as typeof descriptor
  } catch (e) {
    return [`datapackage.json: not JSON (${(e as Error).message})`]
  }
  const problems = profileErrors('datapackage.json', compiled.package, descriptor)
  // The rows can only be read through a descriptor the profile accepts.
  if (!Array.isArray(descriptor.resources)) return problems
  const tables = new Map<string, Table>()
  for (const [i, resource] of descriptor.resources.entries()) {
    const where = `datapackage.json/resources/${i}`
    problems.push(...profileErrors(where, compiled.resource, resource))
    if (typeof resource.schema !== 'object' || resource.schema === null) {
      problems.push(`${where}: no inline Table Schema`)
      continue
    }
    problems.push(...profileErrors(`${where}/schema`, compiled.tableSchema, resource.schema))
    const csv = typeof resource.path === 'string' ? read(resource.path) : undefined
    if (csv === undefined) {
      problems.push(`${where}: file "${resource.path}" is missing`)
      continue
    }
    if (resource.bytes !== undefined && resource.bytes !== Buffer.byteLength(csv, 'utf8'))
      problems.push(`${resource.path}: ${Buffer.byteLength(csv, 'utf8')} bytes, the descriptor says ${resource.bytes}`)
    const digest = `sha256:${createHash('sha256').update(csv, 'utf8').digest('hex')}`
    if (resource.hash !== undefined && resource.hash !== digest)
      problems.push(`${resource.path}: its hash is ${digest}, the descriptor says ${resource.hash}`)
    tables.set(resource.name, readTable(resource, csv, problems))
  }
  return [...problems, ...keyProblems(tables)]
}
