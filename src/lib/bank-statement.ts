/**
 * Reads a bank statement exported as CSV into incoming transfers, in integer
 * minor units. Banks differ: comma or semicolon between fields, decimal point
 * or decimal comma, day-first or ISO dates, column names in English or
 * Spanish (or German). A row that cannot be read stops the import with a
 * message naming the row and the field, so nothing is half-imported.
 * Pure apart from hashing: no Medusa imports.
 */
import { createHash } from "node:crypto"
import { parse } from "csv-parse/sync"
import { currencyDigits, toMinorUnits } from "@cis/contract/currency"

export type DateOrder = "dmy" | "mdy"

export interface StatementOptions {
  /** For files without a currency column (single-currency accounts). */
  currency_code?: string
  /** How slash dates read: 03/04/2026 is 3 April ("dmy", the default) or March 4 ("mdy", US banks). ISO dates always work. */
  date_order?: DateOrder
}

export interface StatementCredit {
  /** The row in the file; the header is row 1. */
  row_number: number
  booked_on: string
  amount: number
  currency_code: string
  description: string
  fingerprint: string
}

export interface ParsedStatement {
  credits: StatementCredit[]
  /** Debits and zero amounts: not incoming transfers. */
  skipped: number
}

export class StatementError extends Error {
  override name = "StatementError"
}

const MAX_ROWS = 5000
const MAX_ROW_PROBLEMS = 10

const normalize = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()

/** Column names as banks write them, normalized (lower case, no accents or punctuation). */
const COLUMNS = {
  date: ["date", "booking date", "booked on", "transaction date", "value date", "posting date", "fecha", "fecha valor", "fecha de operacion", "fecha operacion", "buchungstag", "datum"],
  amount: ["amount", "credit", "credit amount", "monto", "importe", "abono", "valor", "betrag"],
  currency: ["currency", "currency code", "moneda", "divisa", "wahrung", "waehrung"],
  reference: ["reference", "ref", "payment reference", "referencia", "verwendungszweck"],
  description: ["description", "details", "narrative", "memo", "text", "descripcion", "concepto", "detalle", "buchungstext"],
} as const
type Column = keyof typeof COLUMNS

/** Comma or semicolon, whichever the header line uses more (outside quotes). */
function detectDelimiter(text: string): "," | ";" {
  const header = text.split(/\r?\n/, 1)[0] ?? ""
  const outsideQuotes = header.replace(/"[^"]*"/g, "")
  const count = (char: string) => outsideQuotes.split(char).length - 1
  return count(";") > count(",") ? ";" : ","
}

function findColumns(header: string[]): Partial<Record<Column, number>> {
  const names = header.map(normalize)
  const found: Partial<Record<Column, number>> = {}
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const index = names.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name))
    if (index >= 0) found[column] = index
  }
  return found
}

/**
 * "1.234,56" / "1,234.56" / "-12,00" / "€ 25.00" into a plain decimal
 * string. With both separators the last one is the decimal; with one, the
 * file's convention decides (decimal comma in semicolon files), and the other
 * one must group thousands by three.
 */
export function plainDecimal(raw: string, decimalComma: boolean): string | undefined {
  // A currency symbol or code before or after the number ("€ 25.00", "25.00 EUR"); nothing else is dropped.
  const bracketed = /^\(.*\)$/.test(raw.trim())
  let text = raw
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .replace(/^(?:[A-Za-z]{3}|[€$£])\s*/, "")
    .replace(/\s*(?:[A-Za-z]{3}|[€$£])$/, "")
    .replace(/[\s\u00a0']/g, "")
  let sign = ""
  if (bracketed) sign = "-" // (12.00) is a debit in some exports
  if (/^[+-]/.test(text)) {
    sign = text[0] === "-" ? "-" : sign
    text = text.slice(1)
  }
  if (!/^[\d.,]+$/.test(text)) return undefined
  const lastComma = text.lastIndexOf(",")
  const lastDot = text.lastIndexOf(".")
  let decimal: "," | "." | undefined
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? "," : "."
  else if (lastComma >= 0) decimal = decimalComma ? "," : undefined
  else if (lastDot >= 0) decimal = decimalComma ? undefined : "."
  const [whole, fraction, extra] = decimal ? text.split(decimal) : [text]
  if (extra !== undefined || whole === undefined) return undefined
  const thousands = decimal === "," ? "." : ","
  const grouped = whole.includes(thousands) || (!decimal && /[.,]/.test(whole))
  if (grouped && !/^\d{1,3}([.,]\d{3})+$/.test(whole)) return undefined
  const digits = whole.replace(/[.,]/g, "")
  if (!/^\d+$/.test(digits) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined
  return `${sign}${digits}${fraction !== undefined ? `.${fraction}` : ""}`
}

/** A calendar date as YYYY-MM-DD, or undefined when it is not one. */
export function isoDate(raw: string, order: DateOrder): string | undefined {
  const text = raw.trim().split(/[ T]/)[0] ?? ""
  let year: number, month: number, day: number
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
    if (!match) return undefined
    const [first, second] = [Number(match[1]), Number(match[2])]
    year = Number(match[3])
    ;[day, month] = order === "mdy" ? [second, first] : [first, second]
  }
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

function readRecords(text: string, delimiter: string): string[][] {
  try {
    return parse(text, { delimiter, bom: true, skip_empty_lines: true, trim: true, relax_quotes: false }) as string[][]
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string }
    throw new StatementError(lines ? `row ${lines}: ${message.replace(/ on line \d+$/, "")}` : `the file is not CSV: ${message}`)
  }
}

/**
 * The file's incoming transfers. Throws a StatementError naming every bad
 * row (up to ten) when any row cannot be read, or the header lacks a column.
 */
export function parseStatement(text: string, options: StatementOptions = {}): ParsedStatement {
  const delimiter = detectDelimiter(text)
  const records = readRecords(text, delimiter)
  const [header, ...rows] = records
  if (!header || rows.length === 0) throw new StatementError("the file has no rows after its header")
  if (rows.length > MAX_ROWS) throw new StatementError(`the file has ${rows.length} rows; at most ${MAX_ROWS} per upload`)
  const columns = findColumns(header)
  const missing: string[] = []
  if (columns.date === undefined) missing.push("date")
  if (columns.amount === undefined) missing.push("amount")
  if (columns.currency === undefined && !options.currency_code) missing.push("currency (or choose the account's currency)")
  if (columns.reference === undefined && columns.description === undefined) missing.push("reference or description")
  if (missing.length > 0) {
    throw new StatementError(`row 1: the header has no ${missing.join(", no ")} column (it reads: ${header.join(delimiter)})`)
  }

  const decimalComma = delimiter === ";"
  const order = options.date_order ?? "dmy"
  const problems: string[] = []
  const credits: StatementCredit[] = []
  const seen = new Map<string, number>()
  let skipped = 0
  rows.forEach((cells, index) => {
    const row = index + 2
    const cell = (column: Column) => (columns[column] === undefined ? "" : (cells[columns[column]!] ?? "").trim())
    const rowProblems: string[] = []
    const bookedOn = isoDate(cell("date"), order)
    if (!bookedOn) rowProblems.push(`date "${cell("date")}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)`)
    const currency = (columns.currency === undefined ? options.currency_code! : cell("currency")).toLowerCase()
    let digits: number | undefined
    try {
      digits = currencyDigits(currency)
    } catch {
      rowProblems.push(`currency "${currency}" is not an ISO 4217 code`)
    }
    const decimal = plainDecimal(cell("amount"), decimalComma)
    let amount: bigint | undefined
    if (decimal === undefined) rowProblems.push(`amount "${cell("amount")}" is not a number`)
    else if (digits !== undefined) {
      const fraction = decimal.split(".")[1] ?? ""
      if (fraction.length > digits) rowProblems.push(`amount "${cell("amount")}" has more decimals than ${currency.toUpperCase()} allows`)
      else amount = toMinorUnits(decimal, currency)
    }
    const description = [cell("reference"), cell("description")].filter(Boolean).join(" · ")
    if (rowProblems.length > 0) {
      problems.push(`row ${row}: ${rowProblems.join("; ")}`)
      return
    }
    if (amount! <= 0n) {
      skipped += 1
      return
    }
    if (amount! > BigInt(Number.MAX_SAFE_INTEGER)) {
      problems.push(`row ${row}: amount "${cell("amount")}" is too large`)
      return
    }
    // Two identical credits in one file are two transfers; the n-th of them keeps its own fingerprint.
    const content = [bookedOn, amount, currency, normalize(description)].join("|")
    const occurrence = (seen.get(content) ?? 0) + 1
    seen.set(content, occurrence)
    credits.push({
      row_number: row,
      booked_on: bookedOn!,
      amount: Number(amount),
      currency_code: currency,
      description,
      fingerprint: createHash("sha256").update(`${content}|${occurrence}`).digest("hex"),
    })
  })
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_ROW_PROBLEMS).join("\n")
    const more = problems.length > MAX_ROW_PROBLEMS ? `\n…and ${problems.length - MAX_ROW_PROBLEMS} more rows` : ""
    throw new StatementError(`${shown}${more}`)
  }
  return { credits, skipped }
}
