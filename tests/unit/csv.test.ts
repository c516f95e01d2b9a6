import fc from "fast-check"
import { decimal, toCsv } from "../../src/lib/csv"

/** A small RFC 4180 reader, to show that what is written reads back as the same cells. */
function parse(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  const text = csv.replace(/^\uFEFF/, "")
  const endCell = () => {
    row.push(cell)
    cell = ""
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (quoted && ch === '"') quoted = false
    else if (quoted) cell += ch
    else if (ch === '"') quoted = true
    else if (ch === ",") endCell()
    else if (ch === "\r" && text[i + 1] === "\n") {
      endCell()
      rows.push(row)
      row = []
      i++
    } else cell += ch
  }
  return rows
}

describe("CSV for spreadsheets", () => {
  it("starts with a byte-order mark and ends every row with CRLF", () => {
    const csv = toCsv(["a", "b"], [["1", "2"]])
    expect(csv).toBe("\uFEFFa,b\r\n1,2\r\n")
  })

  it("quotes commas, quotes and line breaks, and keeps Spanish names as they are", () => {
    const csv = toCsv(["name", "note"], [["Asociación de Mujeres \"La Esperanza\", Suchitoto", "línea 1\nlínea 2"]])
    expect(csv).toContain('"Asociación de Mujeres ""La Esperanza"", Suchitoto"')
    expect(parse(csv)[1]).toEqual(['Asociación de Mujeres "La Esperanza", Suchitoto', "línea 1\nlínea 2"])
  })

  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("defuses a text cell that would run as a formula: %j", (text) => {
    const [, [cell]] = parse(toCsv(["t"], [[text]]))
    expect(cell).toBe(`'${text}`)
  })

  it("writes amounts as plain numbers, negative ones included, and refuses anything that is not one", () => {
    expect(parse(toCsv(["amount"], [[decimal("-12.50")]]))[1]).toEqual(["-12.50"])
    expect(parse(toCsv(["n"], [[42]]))[1]).toEqual(["42"])
    expect(() => decimal("=1+1")).toThrow(RangeError)
    expect(() => decimal("1e5")).toThrow(RangeError)
    expect(() => toCsv(["n"], [[Number.NaN]])).toThrow(RangeError)
  })

  it("writes empty cells for null and refuses rows of the wrong width", () => {
    expect(parse(toCsv(["a", "b"], [[null, undefined]]))[1]).toEqual(["", ""])
    expect(() => toCsv(["a", "b"], [["only one"]])).toThrow(/row 1/)
  })

  it("reads back exactly what it wrote, for any text (formula starts aside)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
        const parsed = parse(toCsv(["a", "b", "c"], rows))
        expect(parsed).toHaveLength(rows.length + 1)
        rows.forEach((row, i) =>
          row.forEach((cell, k) => expect(parsed[i + 1][k]).toBe(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))
        )
      }),
      { numRuns: 300 }
    )
  })
})
