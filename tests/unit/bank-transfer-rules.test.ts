import fc from "fast-check"
import { formatIban, isValidAbaRouting, isValidIban, isValidSwiftBic, transferDetailsProblems } from "@cis/contract/bank-details"
import { isoDate, parseStatement, plainDecimal, StatementError } from "../../src/lib/bank-statement"
import { orderNumbersIn, proposeMatch, type AwaitingOrder } from "../../src/lib/statement-match"
import { cancelAt, daysWaiting, nextAction, paymentDeadline, unpaidTransferSettings } from "../../src/lib/unpaid-transfers"

const DAY = 86_400_000

describe("bank details", () => {
  it("verifies IBAN check digits, not only the shape", () => {
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true)
    expect(isValidIban("gb29nwbk60161331926819")).toBe(true)
    expect(isValidIban("DE89 3704 0044 0532 0130 01")).toBe(false)
    expect(isValidIban("DE89")).toBe(false)
    expect(formatIban("de89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00")
  })
  it("any single changed digit of a valid IBAN is caught", () => {
    const iban = "DE89370400440532013000"
    fc.assert(
      fc.property(fc.integer({ min: 4, max: iban.length - 1 }), fc.integer({ min: 1, max: 9 }), (index, delta) => {
        const digit = (Number(iban[index]) + delta) % 10
        return !isValidIban(iban.slice(0, index) + digit + iban.slice(index + 1))
      })
    )
  })
  it("SWIFT/BIC is 8 or 11 letters and digits; ABA routing has a check digit", () => {
    expect(isValidSwiftBic("GENODEF1XXX")).toBe(true)
    expect(isValidSwiftBic("GENODEF1")).toBe(true)
    expect(isValidSwiftBic("GENO1")).toBe(false)
    expect(isValidAbaRouting("011000015")).toBe(true)
    expect(isValidAbaRouting("011000016")).toBe(false)
    expect(isValidAbaRouting("01100001")).toBe(false)
  })
  it("names what is missing: an account, and ABA routing for USD", () => {
    expect(transferDetailsProblems({ currency_code: "eur", iban: "DE89370400440532013000" })).toEqual([])
    expect(transferDetailsProblems({ currency_code: "eur" })).toEqual(["account_number: an account number or an IBAN is required"])
    expect(transferDetailsProblems({ currency_code: "usd", account_number: "1" })).toEqual([
      "aba_routing: required for USD, so buyers in the US can pay domestically",
    ])
  })
})

describe("bank statement CSV", () => {
  it("reads decimal comma and point, thousands groups and signs exactly", () => {
    expect(plainDecimal("1.234,56", true)).toBe("1234.56")
    expect(plainDecimal("1,234.56", false)).toBe("1234.56")
    expect(plainDecimal("-3,50", true)).toBe("-3.50")
    expect(plainDecimal("€ 25.00", false)).toBe("25.00")
    expect(plainDecimal("(12.00)", false)).toBe("-12.00")
    expect(plainDecimal("1,234", false)).toBe("1234")
    expect(plainDecimal("12,3x", true)).toBeUndefined()
    expect(plainDecimal("1.23.4", false)).toBeUndefined()
  })
  it("reads ISO and day-first dates, month-first when asked, and refuses impossible ones", () => {
    expect(isoDate("2026-03-04", "dmy")).toBe("2026-03-04")
    expect(isoDate("04/03/2026", "dmy")).toBe("2026-03-04")
    expect(isoDate("03/04/2026", "mdy")).toBe("2026-03-04")
    expect(isoDate("04.03.2026 10:22", "dmy")).toBe("2026-03-04")
    expect(isoDate("31/02/2026", "dmy")).toBeUndefined()
  })
  it("keeps credits in minor units with a fingerprint; debits are skipped; identical credits stay two", () => {
    const csv = "Fecha;Concepto;Importe;Moneda\n01/03/2026;CIS-7;45,50;EUR\n01/03/2026;CIS-7;45,50;EUR\n02/03/2026;Comisión;-1,00;EUR\n"
    const { credits, skipped } = parseStatement(csv)
    expect(skipped).toBe(1)
    expect(credits.map((c) => [c.row_number, c.booked_on, c.amount, c.currency_code])).toEqual([
      [2, "2026-03-01", 4550, "eur"],
      [3, "2026-03-01", 4550, "eur"],
    ])
    expect(credits[0]!.fingerprint).not.toBe(credits[1]!.fingerprint)
    // The same file again gives the same fingerprints, so the import can tell it was seen.
    expect(parseStatement(csv).credits.map((c) => c.fingerprint)).toEqual(credits.map((c) => c.fingerprint))
  })
  it("uses the chosen currency when the file has none, and refuses too many decimals", () => {
    expect(parseStatement("Date,Reference,Amount\n2026-03-01,CIS-1,10.00", { currency_code: "usd" }).credits[0]).toMatchObject({ amount: 1000, currency_code: "usd" })
    expect(() => parseStatement("Date,Reference,Amount,Currency\n2026-03-01,CIS-1,10.001,USD")).toThrow(/row 2: amount "10.001" has more decimals than USD allows/)
  })
  it("names every bad row", () => {
    const csv = "Date,Description,Amount,Currency\nyesterday,CIS-1,5,EUR\n2026-03-01,CIS-2,five,EUR\n2026-03-01,CIS-3,5,XXQ"
    let message = ""
    try {
      parseStatement(csv)
    } catch (error) {
      expect(error).toBeInstanceOf(StatementError)
      message = (error as Error).message
    }
    expect(message.split("\n")).toEqual([
      'row 2: date "yesterday" is not a date (use YYYY-MM-DD or DD/MM/YYYY)',
      'row 3: amount "five" is not a number',
      'row 4: currency "xxq" is not an ISO 4217 code',
    ])
  })
})

describe("statement matching", () => {
  const awaiting: AwaitingOrder[] = [
    { order_id: "o1", display_id: 1042, currency_code: "eur", amount_due: 4550, payment_id: "p1" },
    { order_id: "o2", display_id: 1043, currency_code: "usd", amount_due: 2000, payment_id: "p2" },
    { order_id: "o3", display_id: 7, currency_code: "eur", amount_due: 1000, payment_id: "p3" },
  ]
  const format = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency}`
  const credit = (description: string, amount = 4550, currency_code = "eur") => ({ description, amount, currency_code })

  it("finds the order number however the buyer wrote it", () => {
    expect(orderNumbersIn("TRF REF CIS-1042 LUCIA")).toEqual([1042])
    expect(orderNumbersIn("Pago pedido nº 1042, gracias")).toEqual([1042])
    expect(orderNumbersIn("#1042")).toEqual([1042])
    expect(orderNumbersIn("SEPA 2026 1042")).toEqual([2026, 1042])
  })
  it("proposes exact amounts, flags partial and over with the difference, and leaves the rest unmatched", () => {
    expect(proposeMatch(credit("CIS-1042"), awaiting, format)).toMatchObject({ status: "proposed", order_id: "o1", payment_id: "p1", expected_amount: 4550 })
    expect(proposeMatch(credit("CIS-1042", 4000), awaiting, format)).toMatchObject({ status: "partial", note: "Pays 5.50 eur less than order #1042 owes." })
    expect(proposeMatch(credit("CIS-1042", 5000), awaiting, format)).toMatchObject({ status: "over", note: "Pays 4.50 eur more than order #1042 owes." })
    expect(proposeMatch(credit("CIS-1043", 2000), awaiting, format)).toMatchObject({ status: "unmatched", note: expect.stringContaining("due in USD") })
    expect(proposeMatch(credit("hello"), awaiting, format)).toMatchObject({ status: "unmatched", order_id: null })
    expect(proposeMatch(credit("CIS-1042"), awaiting, format, new Set(["o1"]))).toMatchObject({ status: "unmatched", note: expect.stringContaining("already matched") })
  })
  it("with several orders named, the exact amount decides; otherwise staff do", () => {
    expect(proposeMatch(credit("1042 7", 1000), awaiting, format)).toMatchObject({ status: "proposed", order_id: "o3" })
    expect(proposeMatch(credit("1042 7", 999), awaiting, format)).toMatchObject({ status: "unmatched", note: "Names several awaiting orders: #1042, #7." })
  })
})

describe("unpaid transfers", () => {
  const settings = { reminder_days: 5, cancel_days: 14 }
  const placed = new Date("2026-03-01T12:00:00Z")
  const at = (days: number) => new Date(placed.getTime() + days * DAY)

  it("waits, reminds once after the reminder days, and cancels after the cancel days", () => {
    const order = { placed_at: placed, days_to_pay: 10, reminded: false }
    expect(nextAction(order, at(4.9), settings)).toBe("wait")
    expect(nextAction(order, at(5), settings)).toBe("remind")
    expect(nextAction({ ...order, reminded: true }, at(13.9), settings)).toBe("wait")
    expect(nextAction({ ...order, reminded: true }, at(14), settings)).toBe("cancel")
    expect(nextAction(order, at(14), settings)).toBe("cancel")
  })
  it("never cancels before the deadline the buyer was given", () => {
    expect(cancelAt(placed, 21, settings)).toEqual(at(21))
    expect(cancelAt(placed, 7, settings)).toEqual(at(14))
    expect(paymentDeadline(placed, 7)).toEqual(at(7))
    expect(daysWaiting(placed, at(3.99))).toBe(3)
  })
  it("reads its settings from the environment and refuses nonsense", () => {
    expect(unpaidTransferSettings({})).toEqual({ reminder_days: 5, cancel_days: 14 })
    expect(unpaidTransferSettings({ TRANSFER_REMINDER_DAYS: "3", TRANSFER_CANCEL_DAYS: "10" })).toEqual({ reminder_days: 3, cancel_days: 10 })
    expect(() => unpaidTransferSettings({ TRANSFER_CANCEL_DAYS: "two" })).toThrow(/TRANSFER_CANCEL_DAYS must be a whole number/)
    expect(() => unpaidTransferSettings({ TRANSFER_REMINDER_DAYS: "14" })).toThrow(/must be fewer than/)
  })
})
