import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"

jest.setTimeout(60_000)

const row = (overrides: Partial<LedgerEntryDraft> = {}): LedgerEntryDraft => ({
  account: "cooperative",
  state: "payable",
  type: "sale",
  source: "order_item",
  cooperative_id: "coop_1",
  order_id: "order_1",
  source_line_id: "item_1",
  product_id: "prod_1",
  currency_code: "usd",
  amount: 700,
  base_amount: 1000,
  share_bps: 7000,
  created_by: "test",
  ...overrides,
})
const clearing = (amount: number, state: "pending" | "payable" = "payable") =>
  row({ account: "clearing", state, source: "order", source_line_id: "order_1", cooperative_id: null, product_id: null, amount, share_bps: 10_000 })

/** The module alone, on its own schema: the rules its database and its service enforce whoever writes. */
moduleIntegrationTestRunner<LedgerModuleService>({
  moduleName: LEDGER_MODULE,
  resolve: "./src/modules/ledger",
  testSuite: ({ service }) => {
    it("reads the community fund's share, with a default until staff set it", async () => {
      expect(await service.getCommunityFundBps()).toBe(500)
      await service.createRevenueSplits({ community_fund_bps: 750 })
      expect(await service.getCommunityFundBps()).toBe(750)
      await expect(service.createRevenueSplits({ community_fund_bps: 10_001 })).rejects.toThrow()
    })

    it("refuses a movement whose rows do not add up to zero, and writes none of it", async () => {
      await expect(service.appendMovement([row({ type: "adjustment", source: "manual", reason: "why" })])).rejects.toThrow(/add up to zero/)
      expect(await service.listLedgerEntries({})).toEqual([])
      const written = await service.appendMovement([
        row({ type: "adjustment", source: "manual", reason: "transport", amount: 123 }),
        row({ type: "adjustment", source: "manual", reason: "transport", account: "cis_operations", amount: -123 }),
      ])
      expect(new Set(written.map((r) => r.transaction_id)).size).toBe(1)
      expect(written[0].transaction_id).toMatch(/^ltx_/)
    })

    it("in the database: only an order's share can be pending, and nothing pending is ever held by a payout", async () => {
      await expect(service.createLedgerEntries([row({ state: "pending", type: "adjustment", reason: "no" })])).rejects.toThrow()
      await expect(service.createLedgerEntries([row({ state: "pending", payout_id: "payout_1" })])).rejects.toThrow()
      await expect(service.createLedgerEntries([row({ state: "pending" })])).resolves.toHaveLength(1)
    })

    it("appends an order's rows only if nobody wrote to the order since they were counted: of two racing writers, one wins", async () => {
      const rows = [row(), clearing(-700)]
      const results = await Promise.all([
        service.appendOrderRows({ order_id: "order_1", expected_rows: 0, rows }),
        service.appendOrderRows({ order_id: "order_1", expected_rows: 0, rows }),
      ])
      expect(results.filter(Boolean)).toEqual([{ written: 2 }])
      expect(await service.listLedgerEntries({ order_id: "order_1" })).toHaveLength(2)
      expect(await service.appendOrderRows({ order_id: "order_1", expected_rows: 2, rows: [] })).toEqual({ written: 0 })
    })

    it("a draft payout reserves payable rows only and refuses nothing to pay, leaving nothing reserved", async () => {
      await service.createLedgerEntries([row({ amount: 700 }), clearing(-700), row({ state: "pending", amount: 300, source_line_id: "item_2" }), clearing(-300, "pending")])
      const up_to = new Date(Date.now() + 60_000)
      const draft = await service.openDraftPayout({ cooperative_id: "coop_1", currency_code: "usd", up_to, created_by: "test" })
      expect(draft).toMatchObject({ amount: 700, entry_count: 1 })
      await expect(service.openDraftPayout({ cooperative_id: "coop_1", currency_code: "usd", up_to, created_by: "test" })).rejects.toThrow(/nothing to be paid/)
      expect(await service.listPayouts({})).toHaveLength(1)
      expect(await service.listLedgerEntries({ payout_id: draft.payout_id })).toHaveLength(1)
    })
  },
})
