/**
 * CSV for the reports staff open in a spreadsheet (RFC 4180, CRLF, UTF-8 with
 * a byte-order mark so Excel reads "Asociación" right). A text cell beginning
 * with = + - @ or a tab or return could run as a formula when the file is
 * opened, so it is prefixed with an apostrophe; amounts are written as plain
 * numbers through `decimal()`, so a negative amount stays a number.
 */
export type Decimal = { readonly decimal: string }
export type CsvCell = string | number | Decimal | null | undefined

const DECIMAL = /^-?\d+(\.\d+)?$/
const FORMULA_START = /^[=+\-@\t\r]/

/** A number cell written exactly as given (e.g. "-12.50"); anything else is refused. */
export function decimal(value: string): Decimal {
  if (!DECIMAL.test(value)) throw new RangeError(`not a decimal number: ${JSON.stringify(value)}`)
  return { decimal: value }
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ""
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`not a finite number: ${cell}`)
    return String(cell)
  }
  if (typeof cell === "object") return cell.decimal
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** The whole file: a header row, then one row per record, every row as wide as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(cellText).join(",")]
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new RangeError(`row ${index + 1} has ${row.length} cells; the header has ${header.length}`)
    lines.push(row.map(cellText).join(","))
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`
}
