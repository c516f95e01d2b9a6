/**
 * Every dashboard form's route refuses a bad body with 400 and `issues`
 * naming each refused field by its path in the body, so the form outlines
 * the fields from the paths (never from the message text). The message stays
 * Medusa's usual one.
 */
import { integrationRunner } from "./helpers/runner"
import { settle } from "./helpers/http"
import { staffHeaders } from "./helpers/staff"

jest.setTimeout(180_000)

type Issue = { path: (string | number)[]; message: string }

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: { headers: Record<string, string> }

    beforeEach(async () => {
      staff = await staffHeaders(getContainer(), api)
    })

    /** The dotted paths the 400 names, sorted. */
    const refusedPaths = async (path: string, body: unknown) => {
      const response = await settle(api.post(path, body, staff))
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("invalid_data")
      expect(typeof response.data.message).toBe("string")
      const issues = response.data.issues as Issue[] | undefined
      expect(Array.isArray(issues)).toBe(true)
      return [...new Set(issues!.map((issue) => issue.path.join(".")))].sort()
    }

    it("names the refused fields of an adjustment, an advance, a draft payout and a mark-paid by path", async () => {
      expect(
        await refusedPaths("/admin/ledger-entries/adjustments", {
          cooperative_id: "coop_1",
          currency_code: "zzz",
          amount: 1.5,
          counter_account: "clearing",
          reason: "x",
        })
      ).toEqual(["amount", "counter_account", "currency_code", "reason"])
      expect(
        await refusedPaths("/admin/advances", {
          cooperative_id: "",
          currency_code: "usd",
          amount: -5,
          paid_at: "2025-03-04T12:00:00.000Z",
          reference: " ",
          method: "pigeon",
          reason: "Half up front",
        })
      ).toEqual(["amount", "cooperative_id", "method", "reference"])
      expect(await refusedPaths("/admin/payouts", { cooperative_id: "coop_1", currency_code: "usd", up_to: "not a date" })).toEqual(["up_to"])
      expect(
        await refusedPaths("/admin/payouts/payout_1/mark-paid", {
          reference: "TRF-1",
          paid_at: "2025-03-04",
          method: "bank_transfer",
          sent_amount: 0,
          sent_currency_code: "usd",
          extra: true,
        })
      ).toEqual(["extra", "sent_amount"])
    })

    it("names the refused fields of a craft origin (down to one material), an invitation and the revenue split", async () => {
      expect(
        await refusedPaths("/admin/products/prod_1/craft-origin", {
          technique: "Coiled clay",
          materials: ["clay", " "],
          origin_municipality: "Ilobasco",
          origin_department: "atlantis",
          production_time: "2 weeks",
        })
      ).toEqual(["materials.1", "origin_department"])
      expect(await refusedPaths("/admin/cooperatives/coop_1/coordinators", { email: "not-an-email", name: "R" })).toEqual(["email", "name"])
      expect(await refusedPaths("/admin/revenue-split", { community_fund_bps: 10_001 })).toEqual(["community_fund_bps"])
    })

    it("names the refused fields of a trust page in its language, and of bank details, check digits included", async () => {
      expect(await refusedPaths("/admin/trust-pages/returns", { es: { title: " ", summary: "s", body: "b".repeat(20_001) } })).toEqual([
        "es.body",
        "es.title",
      ])
      const details = { beneficiary: "CIS", bank_name: "Banco", account_number: "1", days_to_pay: 14 }
      expect(await refusedPaths("/admin/bank-transfer/instructions/eur", { ...details, beneficiary: "", days_to_pay: 0.5 })).toEqual([
        "beneficiary",
        "days_to_pay",
      ])
      // Only the route can check these (the USD rule needs the path's currency): the same 400, the same issues by path.
      const checked = await settle(api.post("/admin/bank-transfer/instructions/usd", { ...details, iban: "DE00370400440532013000" }, staff))
      expect(checked.status).toBe(400)
      expect((checked.data.issues as Issue[]).map((issue) => issue.path)).toEqual([["iban"], ["aba_routing"]])
      expect(checked.data.message).toContain("iban: not a valid IBAN")
    })
  },
})
