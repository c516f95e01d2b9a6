import fc from "fast-check"
import { booksCorrections, type RecordedBooksRow } from "../../src/lib/books-diff"
import { orderBooks, type BooksRow, type OrderSnapshot } from "../../src/lib/order-books"
import { splitAmount } from "@cis/contract/allocation"

const RUNS = 400

const sum = (rows: BooksRow[], pick: (r: BooksRow) => boolean = () => true) => rows.filter(pick).reduce((s, r) => s + r.amount, 0n)
const MONEY = ["cooperative", "community_fund", "cis_operations", "tax_payable"]
const isMoney = (r: BooksRow) => MONEY.includes(r.account)

function snapshot(partial: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    order_id: "order_1",
    currency_code: "usd",
    canceled: false,
    community_fund_bps: 500,
    items: [
      { id: "item_a", product_id: "prod_a", net: "100", tax: "0", quantity: 1, returned_quantity: 0, cooperative: { id: "coop_a", share_bps: 6500, refund_policy: "chargeback" } },
      { id: "item_b", product_id: "prod_b", net: "100", tax: "0", quantity: 1, returned_quantity: 0, cooperative: { id: "coop_b", share_bps: 6000, refund_policy: "chargeback" } },
    ],
    shipping: [{ id: "ship_1", net: "10", tax: "0" }],
    captured: "210",
    refunded: "0",
    ...partial,
  }
}

/** The books after applying corrections to nothing: what the ledger holds after one reconcile. */
const asRecorded = (rows: BooksRow[]): RecordedBooksRow[] => rows.map((r) => ({ ...r }))
const perKey = (rows: BooksRow[] | RecordedBooksRow[]) => {
  const map = new Map<string, bigint>()
  for (const r of rows) {
    const key = `${r.type}|${r.state}|${r.source_line_id}|${r.account}|${r.cooperative_id ?? ""}`
    map.set(key, (map.get(key) ?? 0n) + BigInt(r.amount))
  }
  for (const [k, v] of map) if (v === 0n) map.delete(k)
  return map
}

describe("an order's books", () => {
  it("a paid order: every line split by its shares, nothing pending, nothing reversed", () => {
    const rows = orderBooks(snapshot())
    expect(sum(rows, (r) => r.state === "pending")).toBe(0n)
    expect(rows.filter((r) => r.type === "reversal")).toEqual([])
    const a = splitAmount(10_000n, { cooperative_bps: 6500, community_fund_bps: 500 })
    expect(sum(rows, (r) => r.source_line_id === "item_a" && r.account === "cooperative")).toBe(a.cooperative)
    expect(sum(rows, (r) => r.source_line_id === "ship_1" && r.account === "cis_operations")).toBe(1000n)
    expect(sum(rows, (r) => r.state === "payable" && isMoney(r))).toBe(21_000n)
    expect(sum(rows, (r) => r.account === "clearing")).toBe(-21_000n)
  })

  it("an unpaid order: the whole split is pending and nothing is payable", () => {
    const rows = orderBooks(snapshot({ captured: "0" }))
    expect(sum(rows, (r) => r.state === "payable")).toBe(0n)
    expect(rows.filter((r) => r.state === "payable")).toEqual([])
    expect(sum(rows, (r) => r.state === "pending" && r.account === "cooperative")).toBe(6500n + 6000n)
  })

  it("a half-captured order: half of every share payable, the rest pending", () => {
    const rows = orderBooks(snapshot({ captured: "105" }))
    expect(sum(rows, (r) => r.state === "payable" && isMoney(r))).toBe(10_500n)
    expect(sum(rows, (r) => r.state === "payable" && r.source_line_id === "item_a" && r.account === "cooperative")).toBe(3250n)
    expect(sum(rows, (r) => r.state === "pending" && r.source_line_id === "item_a" && r.account === "cooperative")).toBe(3250n)
  })

  it("an unpaid cancelled order nets to zero on every account, whatever the policy", () => {
    for (const policy of ["chargeback", "organization_absorbs"] as const) {
      const base = snapshot({ captured: "0", canceled: true })
      base.items = base.items.map((i) => ({ ...i, cooperative: { ...i.cooperative!, refund_policy: policy } }))
      const rows = orderBooks(base)
      for (const account of [...MONEY, "clearing"]) {
        for (const state of ["payable", "pending"]) expect(sum(rows, (r) => r.account === account && r.state === state)).toBe(0n)
      }
    }
  })

  it("measured: refund 120 then return of line 1, or the return first, reverse the same 120 gross", () => {
    const rows = orderBooks(snapshot({ refunded: "120", items: snapshot().items.map((i, n) => ({ ...i, returned_quantity: n === 0 ? 1 : 0 })) }))
    expect(sum(rows, (r) => r.type === "reversal" && isMoney(r))).toBe(-12_000n)
    // Line 1 goes back whole; the 20 beyond it lowers line 2 and the shipping in proportion (100 : 10).
    expect(sum(rows, (r) => r.source_line_id === "item_a" && isMoney(r))).toBe(0n)
    expect(sum(rows, (r) => r.type === "reversal" && r.source_line_id === "item_b" && isMoney(r))).toBe(-1818n)
    expect(sum(rows, (r) => r.type === "reversal" && r.source_line_id === "ship_1" && isMoney(r))).toBe(-182n)
  })

  it("measured: a 60 GBP item at 20 % with 12 GBP shipping at 0 %: returning and refunding the item reverses the item alone, at its own rate", () => {
    const rows = orderBooks(
      snapshot({
        currency_code: "gbp",
        items: [{ id: "item_a", product_id: "p", net: "50", tax: "10", quantity: 1, returned_quantity: 1, cooperative: { id: "coop_a", share_bps: 6500, refund_policy: "chargeback" } }],
        shipping: [{ id: "ship_1", net: "12", tax: "0" }],
        captured: "72",
        refunded: "60",
      })
    )
    expect(sum(rows, (r) => r.source_line_id === "item_a" && isMoney(r))).toBe(0n)
    expect(sum(rows, (r) => r.source_line_id === "ship_1" && isMoney(r))).toBe(1200n)
    expect(sum(rows, (r) => r.account === "tax_payable")).toBe(0n)
    expect(sum(rows, (r) => r.state === "payable" && isMoney(r))).toBe(1200n)
  })

  it("organization_absorbs: the cooperative keeps its share of a returned and refunded line; CIS bears it", () => {
    const base = snapshot({ refunded: "100" })
    base.items = base.items.map((i, n) => ({ ...i, returned_quantity: n === 0 ? 1 : 0, cooperative: { ...i.cooperative!, refund_policy: "organization_absorbs" } }))
    const rows = orderBooks(base)
    expect(sum(rows, (r) => r.source_line_id === "item_a" && r.account === "cooperative")).toBe(6500n)
    expect(sum(rows, (r) => r.source_line_id === "item_a" && r.account === "community_fund")).toBe(500n)
    expect(sum(rows, (r) => r.source_line_id === "item_a" && r.account === "cis_operations")).toBe(-7000n)
    expect(sum(rows, (r) => r.state === "payable" && isMoney(r))).toBe(11_000n)
  })

  it("a return not yet refunded: the money for it is held by CIS, not owed to the cooperative", () => {
    const rows = orderBooks(snapshot({ items: snapshot().items.map((i, n) => ({ ...i, returned_quantity: n === 0 ? 1 : 0 })) }))
    expect(sum(rows, (r) => r.source_line_id === "item_a" && r.account === "cooperative")).toBe(0n)
    expect(sum(rows, (r) => r.source === "order" && r.account === "cis_operations")).toBe(10_000n)
    expect(sum(rows, (r) => r.state === "payable" && isMoney(r))).toBe(21_000n)
  })

  it("a refund a cent beyond what was captured is CIS's loss, and the books still equal captured minus refunded", () => {
    const rows = orderBooks(snapshot({ refunded: "210.01", canceled: true }))
    expect(sum(rows, (r) => r.state === "payable" && isMoney(r))).toBe(-1n)
    expect(sum(rows, (r) => r.account === "cooperative")).toBe(0n)
  })

  it("rounds each line once, jointly, so lines plus tax equal the charged total", () => {
    // Three lines of 33.3333... net with 19 % tax: rounded alone each part is off; together they add up.
    const third = "33.33333333333333333333"
    const tax = "6.33333333333333333333"
    const rows = orderBooks(
      snapshot({
        currency_code: "eur",
        items: ["a", "b", "c"].map((id) => ({ id, product_id: null, net: third, tax, quantity: 1, returned_quantity: 0, cooperative: null })),
        shipping: [],
        captured: "119",
      })
    )
    expect(sum(rows, (r) => r.state === "payable" && isMoney(r))).toBe(11_900n)
    expect(sum(rows, (r) => r.state === "pending")).toBe(0n)
  })
})

// --- properties over random orders, events and their orders ---------------------------------------

const decimal = fc.tuple(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 999_999 })).map(([w, f]) => `${Math.floor(w / 100)}.${String(f).padStart(6, "0")}`)
const itemArb = fc.record({
  net: decimal,
  rate: fc.constantFrom(0, 5, 13, 19, 20),
  quantity: fc.integer({ min: 1, max: 5 }),
  share: fc.integer({ min: 0, max: 9000 }),
  policy: fc.constantFrom("chargeback" as const, "organization_absorbs" as const),
  withCoop: fc.boolean(),
})
const orderArb = fc.record({
  currency: fc.constantFrom("usd", "eur", "jpy", "bhd"),
  items: fc.array(itemArb, { minLength: 1, maxLength: 4 }),
  shipping: fc.array(fc.record({ net: decimal, rate: fc.constantFrom(0, 20) }), { maxLength: 2 }),
  fund: fc.integer({ min: 0, max: 1000 }),
})
type OrderSpec = typeof orderArb extends fc.Arbitrary<infer T> ? T : never

function exactTax(net: string, rate: number): string {
  // net × rate / 100, written exactly (net has at most 6 decimals).
  const [w, f = ""] = net.split(".")
  const units = BigInt(w + f.padEnd(6, "0")) * BigInt(rate)
  const s = units.toString().padStart(9, "0")
  return `${s.slice(0, -8)}.${s.slice(-8)}`
}

function build(spec: OrderSpec, state: { captured: string; refunded: string; canceled: boolean; returned: number[] }): OrderSnapshot {
  return {
    order_id: "order_p",
    currency_code: spec.currency,
    canceled: state.canceled,
    community_fund_bps: spec.fund,
    items: spec.items.map((i, n) => ({
      id: `item_${n}`,
      product_id: `prod_${n}`,
      net: i.net,
      tax: exactTax(i.net, i.rate),
      quantity: i.quantity,
      returned_quantity: Math.min(state.returned[n] ?? 0, i.quantity),
      cooperative: i.withCoop ? { id: `coop_${n % 2}`, share_bps: i.share, refund_policy: i.policy } : null,
    })),
    shipping: spec.shipping.map((s, n) => ({ id: `ship_${n}`, net: s.net, tax: exactTax(s.net, s.rate) })),
    captured: state.captured,
    refunded: state.refunded,
  }
}

const totalOf = (snap: OrderSnapshot) => {
  const rows = orderBooks({ ...snap, captured: "0", refunded: "0", canceled: false, items: snap.items.map((i) => ({ ...i, returned_quantity: 0 })) })
  return -sum(rows, (r) => r.account === "clearing")
}
const digitsOf = (currency: string) => ({ usd: 2, eur: 2, jpy: 0, bhd: 3 })[currency]!
const major = (minor: bigint, digits: number) => {
  const s = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, "0")
  return `${minor < 0n ? "-" : ""}${digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s}`
}

describe("properties of the books", () => {
  it("every layer and state balances, and payable money equals captured minus refunded, to the unit", () => {
    fc.assert(
      fc.property(orderArb, fc.double({ min: 0, max: 1.2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.array(fc.nat(6), { maxLength: 4 }), (spec, capFraction, refundFraction, canceled, returned) => {
        const digits = digitsOf(spec.currency)
        const total = totalOf(build(spec, { captured: "0", refunded: "0", canceled: false, returned: [] }))
        const captured = BigInt(Math.floor(Number(total) * capFraction))
        const refunded = BigInt(Math.floor(Number(captured) * refundFraction))
        const rows = orderBooks(build(spec, { captured: major(captured, digits), refunded: major(refunded, digits), canceled, returned }))
        for (const type of ["sale", "reversal"]) {
          for (const state of ["payable", "pending"]) expect(sum(rows, (r) => r.type === type && r.state === state)).toBe(0n)
        }
        expect(sum(rows, (r) => r.state === "payable" && isMoney(r))).toBe(captured - refunded)
        if (captured === 0n) expect(sum(rows, (r) => r.state === "payable" && r.account === "cooperative")).toBe(0n)
        if (canceled) {
          for (const account of ["cooperative", "community_fund", "tax_payable"]) expect(sum(rows, (r) => r.account === account)).toBe(0n)
        }
        // What a cooperative or the fund is owed is never negative, pending or payable.
        for (const account of ["cooperative", "community_fund", "tax_payable"]) {
          for (const state of ["payable", "pending"]) {
            for (const line of new Set(rows.map((r) => r.source_line_id))) {
              expect(sum(rows, (r) => r.account === account && r.state === state && r.source_line_id === line)).toBeGreaterThanOrEqual(0n)
            }
          }
        }
      }),
      { numRuns: RUNS }
    )
  })

  it("the same events in any order, with repeats and crashes between, end in the same books", () => {
    type Event = { kind: "capture" | "refund" | "return" | "cancel"; n: number }
    const eventArb = fc.record({ kind: fc.constantFrom("capture" as const, "refund" as const, "return" as const, "cancel" as const), n: fc.nat(3) })
    fc.assert(
      fc.property(orderArb, fc.array(eventArb, { minLength: 1, maxLength: 8 }), fc.nat(), (spec, events, seed) => {
        const digits = digitsOf(spec.currency)
        const total = totalOf(build(spec, { captured: "0", refunded: "0", canceled: false, returned: [] }))
        // Apply events cumulatively; a refund is at most what is captured and not yet refunded.
        const apply = (list: Event[]) => {
          let captured = 0n
          let refunded = 0n
          let canceled = false
          const returned = spec.items.map(() => 0)
          const states: Parameters<typeof build>[1][] = []
          for (const e of list) {
            if (e.kind === "capture") captured = captured + (total - captured) / BigInt(e.n + 1)
            if (e.kind === "refund") refunded += (captured - refunded) / BigInt(e.n + 1)
            if (e.kind === "return") returned[e.n % returned.length] = Math.min(returned[e.n % returned.length] + 1, spec.items[e.n % returned.length].quantity)
            if (e.kind === "cancel") canceled = true
            states.push({ captured: major(captured, digits), refunded: major(refunded, digits), canceled, returned: [...returned] })
          }
          return states
        }
        const states = apply(events)
        const final = states[states.length - 1]
        // Reconcile after a random subset of intermediate states (events lost, crashes), in order, then at the end.
        let recorded: RecordedBooksRow[] = []
        states.forEach((state, i) => {
          if (i < states.length - 1 && (seed >> i) % 2 === 0) return
          const { opening, correction } = booksCorrections("order_p", orderBooks(build(spec, state)), recorded)
          expect(opening).toEqual([])
          for (const type of ["sale", "reversal"]) {
            for (const st of ["payable", "pending"]) expect(sum(correction, (r) => r.type === type && r.state === st)).toBe(0n)
          }
          recorded = [...recorded, ...asRecorded(correction)]
        })
        // The final books equal the target of the final state, and a second run adds nothing.
        const target = orderBooks(build(spec, final))
        expect(perKey(recorded)).toEqual(perKey(target))
        expect(booksCorrections("order_p", target, recorded).correction).toEqual([])
      }),
      { numRuns: RUNS }
    )
  })
})

describe("corrections against rows written before double entry", () => {
  it("adds the missing clearing side once, then corrects to the target", () => {
    const target = orderBooks(snapshot({ captured: "0" }))
    // An old, one-sided sale: the cooperative's part as payable, no clearing.
    const legacy: RecordedBooksRow[] = [
      { type: "sale", state: "payable", source: "order_item", source_line_id: "item_a", account: "cooperative", cooperative_id: "coop_a", product_id: "prod_a", amount: 6500, base_amount: 10_000, share_bps: 6500 },
    ]
    const { opening, correction } = booksCorrections("order_1", target, legacy)
    expect(opening).toEqual([expect.objectContaining({ account: "clearing", state: "payable", amount: -6500n })])
    const after = [...legacy, ...asRecorded(opening), ...asRecorded(correction)]
    expect(perKey(after)).toEqual(perKey(target))
    expect(booksCorrections("order_1", target, after)).toEqual({ opening: [], correction: [] })
  })
})
