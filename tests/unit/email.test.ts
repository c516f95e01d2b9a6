import { EMAIL_RETRY, retryDecision, retryDelayMinutes, type Attempt } from "../../src/lib/email-retry"
import { mailLanguage, renderMail } from "../../src/lib/email/render"
import { TEMPLATES } from "../../src/lib/email/templates"
import type { MailData } from "../../src/lib/email/types"
import { mailSettings, notificationModule } from "../../src/lib/mail-config"

const transfer = {
  amount_due: 4550,
  currency_code: "eur",
  reference: "CIS-1042",
  deadline: "2026-03-15T18:00:00Z",
  instructions: { beneficiary: "CIS", bank_name: "Banco", bank_address: null, account_number: null, iban: "DE89 3704 0044 0532 0130 00", swift_bic: "GENODEF1XXX", aba_routing: null, note: "<b>Gracias</b>" },
}
const base = { display_id: 1042, currency_code: "eur", total: 4550, order_url: "https://shop.example/order/confirmed/order_1?x=1&y=2" }

/** One filled-in example per message, in the language given. */
function samples(language: "en" | "es"): { [K in keyof MailData]: MailData[K] } {
  return {
    "order-placed": { ...base, language, placed_at: "2026-03-01T18:00:00Z", items: [{ title: "Bufanda <Maíz>", variant_title: null, quantity: 2, total: 3000 }], shipping_total: 1400, tax_total: 790, transfer, card_captured: false },
    "payment-received": { ...base, language, amount: 4550 },
    "transfer-reminder": { ...base, language, transfer, cancel_on: "2026-03-15T18:00:00Z" },
    "order-shipped": { ...base, language, items: [{ title: "Bufanda", quantity: 1 }], tracking: [{ number: "SV1", url: "https://t.example/SV1" }] },
    "order-canceled": { ...base, language, unpaid_transfer: true, refunded: 0 },
    "order-refunded": { ...base, language, amount: 500 },
    "coordinator-invite": { name: "Marta", cooperative: "Manos", invite_url: "https://shop.example/coop/accept?token=abc", reinvited: false },
    "coordinator-password-reset": { name: "Marta", reset_url: "https://shop.example/coop/reset?token=abc", valid_minutes: 15 },
    "payout-paid": { cooperative_name: "Manos", currency_code: "usd", amount: 12345, paid_at: "2026-03-01T18:00:00Z", reference: "BA-1", method: "transferencia bancaria", sent_amount: 12345, sent_currency_code: "usd", converted: false, entries: [{ date: "2026-02-01T18:00:00Z", order_display_id: 1042, description: "Venta: Bufanda", amount: 12345 }], portal_url: "https://shop.example/coop" },
  }
}

describe("email templates", () => {
  it("every message renders in both languages with subject, HTML and text, and the HTML escapes what buyers and staff type", () => {
    for (const language of ["en", "es"] as const) {
      for (const [template, data] of Object.entries(samples(language))) {
        const mail = renderMail(template, data as unknown as Record<string, unknown>)
        expect(mail.subject.length).toBeGreaterThan(5)
        expect(mail.text).not.toMatch(/\{\{|undefined|\[object/)
        expect(mail.html).not.toMatch(/\{\{|undefined|\[object/)
        expect(mail.html).not.toContain("<Maíz>")
        expect(mail.html).not.toContain("<b>Gracias</b>")
      }
    }
    expect(Object.keys(TEMPLATES).sort()).toEqual(Object.keys(samples("en")).sort())
  })
  it("the transfer email carries the exact amount, the reference, the IBAN, the deadline and the link, in the buyer's language", () => {
    const es = renderMail("order-placed", samples("es")["order-placed"] as unknown as Record<string, unknown>)
    expect(es.subject).toBe("Pedido CIS-1042 realizado: datos para su transferencia")
    expect(es.text).toMatch(/Transfiera exactamente EUR\s45\.50 e indique CIS-1042 como referencia/)
    expect(es.text).toContain("IBAN: DE89 3704 0044 0532 0130 00")
    expect(es.text).toContain("Fecha límite de pago: 15 de marzo de 2026")
    expect(es.html).toContain('href="https://shop.example/order/confirmed/order_1?x&#x3D;1&amp;y&#x3D;2"')
    const en = renderMail("order-placed", samples("en")["order-placed"] as unknown as Record<string, unknown>)
    expect(en.text).toContain("Please send exactly €45.50 and quote CIS-1042")
    expect(en.text).toContain("Please pay by: March 15, 2026")
  })
  it("a card order's email is a receipt, not transfer instructions", () => {
    const mail = renderMail("order-placed", { ...samples("en")["order-placed"], transfer: null, card_captured: true } as unknown as Record<string, unknown>)
    expect(mail.subject).toBe("Order CIS-1042 placed")
    expect(mail.text).toContain("Your card payment of €45.50 was received. This email is your receipt.")
    expect(mail.text).not.toContain("IBAN")
  })
  it("refuses an unknown template or missing data rather than mailing blanks", () => {
    expect(() => renderMail("nope", {})).toThrow(/No email template named "nope"/)
    expect(() => renderMail("payment-received", { language: "en", display_id: 1, currency_code: "eur", order_url: "x" })).toThrow()
  })
  it("speaks Spanish to es-* locales and English otherwise", () => {
    expect([mailLanguage("es-SV"), mailLanguage("es"), mailLanguage("en-US"), mailLanguage(null)]).toEqual(["es", "es", "en", "en"])
  })
})

describe("email retries", () => {
  const t0 = new Date("2026-03-01T00:00:00Z")
  const attempt = (minutes: number, status: Attempt["status"] = "failure"): Attempt => {
    const at = new Date(t0.getTime() + minutes * 60_000)
    return { status, created_at: at, updated_at: at }
  }
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)

  it("backs off 5, 10, 20 minutes... up to 6 hours", () => {
    expect([1, 2, 3, 4, 10, 20].map(retryDelayMinutes)).toEqual([5, 10, 20, 40, 360, 360])
  })
  it("retries when due, waits before, stops once delivered, gives up after the last attempt, and never resends an expired link", () => {
    expect(retryDecision([attempt(0)], at(4))).toBe("wait")
    expect(retryDecision([attempt(0)], at(5))).toBe("retry")
    expect(retryDecision([attempt(0), attempt(5)], at(14))).toBe("wait")
    expect(retryDecision([attempt(0), attempt(5, "success")], at(100))).toBe("done")
    expect(retryDecision([attempt(0, "pending")], at(3))).toBe("in_flight")
    expect(retryDecision([attempt(0, "pending")], at(10))).toBe("retry")
    expect(retryDecision(Array.from({ length: EMAIL_RETRY.maxAttempts }, (_, i) => attempt(i)), at(10_000))).toBe("give_up")
    expect(retryDecision([attempt(0)], at(30), at(15))).toBe("expired")
  })
})

describe("mail configuration", () => {
  it("logs without SMTP_URL, sends through SMTP with it, and refuses half a configuration", () => {
    expect(mailSettings({})).toBeNull()
    const providers = (env: Record<string, string>) => (notificationModule(env).options as { providers: { id: string }[] }).providers.map((p) => p.id)
    expect(providers({})).toEqual(["local", "local-email"])
    expect(providers({ SMTP_URL: "smtp://u:p@mail.example:587", MAIL_FROM: "CIS <shop@example.org>" })).toEqual(["local", "smtp"])
    expect(() => mailSettings({ SMTP_URL: "smtp://mail.example" })).toThrow(/MAIL_FROM is required/)
    expect(() => mailSettings({ SMTP_URL: "http://mail.example", MAIL_FROM: "a@b.c" })).toThrow(/smtp:\/\/ or smtps:\/\//)
    expect(() => mailSettings({ SMTP_URL: "smtp://mail.example", MAIL_FROM: "nobody" })).toThrow(/MAIL_FROM must be an address/)
  })
})
