/**
 * What staff read on the dashboard: payment methods by name, not Medusa's
 * provider ids; counts in the right number; statement files named for people.
 */
import { countOf } from "../../src/admin/lib/format"
import { paymentMethodName } from "../../src/admin/lib/payment-methods"
import { statementFilename } from "../../src/api/payout-statement"

describe("dashboard wording", () => {
  it("names the store's payment providers as staff know them, never \"Pp_system_default\"", () => {
    expect(paymentMethodName("pp_system_default")).toBe("Bank transfer")
    expect(paymentMethodName("pp_stripe_stripe")).toBe("Card (Stripe)")
    expect(paymentMethodName("pp_paypal-checkout_paypal")).toBe("Paypal Checkout (paypal)")
    expect(paymentMethodName("pp_system_default")).not.toMatch(/^Pp_/)
  })

  it("says \"1 entry\" and \"2 entries\"", () => {
    expect(countOf(1, "entry", "entries")).toBe("1 entry")
    expect(countOf(0, "entry", "entries")).toBe("0 entries")
    expect(countOf(2, "ledger entry", "ledger entries")).toBe("2 ledger entries")
  })

  it("names a payout statement by cooperative and date, in the reader's language, never by an internal id", () => {
    expect(statementFilename("es", "las-flores", "2026-12-01")).toBe("liquidacion-las-flores-2026-12-01.csv")
    expect(statementFilename("en", "las-flores", "2026-12-01")).toBe("payout-statement-las-flores-2026-12-01.csv")
    // A handle can never smuggle quotes or paths into the header.
    expect(statementFilename("en", 'a"/b', "2026-12-01")).toBe("payout-statement-ab-2026-12-01.csv")
  })
})
