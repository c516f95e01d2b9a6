/**
 * What the ledger tests share: reading an order's rows and sums, waiting for
 * subscribers, running the ledger check (which compares with Medusa), and
 * driving an order's aftermath through Medusa's own admin API the way staff
 * do in the dashboard (capture, refund, return, edit, cancel).
 */
// The runner's axios answers are loosely typed JSON; each helper below says what it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
type Api = {
  get: (url: string, config?: object) => Promise<{ data: Json }>
  post: (url: string, body: unknown, config?: object) => Promise<{ data: Json }>
}
type Headers = { headers: Record<string, string> }

export type Entry = {
  id: string
  transaction_id: string | null
  account: string
  state: "pending" | "payable"
  type: string
  source: string
  source_line_id: string | null
  cooperative_id: string | null
  product_id: string | null
  order_id: string | null
  currency_code: string
  amount: number
  base_amount: number
  share_bps: number
  reason: string | null
  created_by: string
  payout_id: string | null
}

export type AdminOrder = {
  id: string
  display_id: number
  created_at: string
  currency_code: string
  status: string
  total: number
  items: { id: string; quantity: number; product_id: string; variant_id: string; unit_price: number }[]
  payment_collections: { id: string; status: string; amount: number; payments: { id: string; amount: number; captured_at: string | null }[] }[]
}

export const MONEY_ACCOUNTS = ["cooperative", "community_fund", "cis_operations", "tax_payable"]
export const sum = (entries: Entry[], pick: (e: Entry) => boolean = () => true) => entries.filter(pick).reduce((total, e) => total + e.amount, 0)
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function ledgerHelpers(api: Api, staff: Headers) {
  const entriesOf = async (orderId: string): Promise<Entry[]> =>
    (await api.get(`/admin/ledger-entries?order_id=${orderId}&limit=500`, staff)).data.ledger_entries as Entry[]

  /** Subscribers write after the request returns: poll until the rows satisfy `done` (20 s at most). */
  async function waitForEntries(orderId: string, done: (entries: Entry[]) => boolean): Promise<Entry[]> {
    const deadline = Date.now() + 20_000
    for (;;) {
      const entries = await entriesOf(orderId)
      if (done(entries) || Date.now() > deadline) return entries
      await pause(150)
    }
  }

  /** The ledger check: the books against themselves and against Medusa, for every order of the last day. */
  async function ledgerCheck() {
    const { data } = await api.get(`/admin/ledger-check?from=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}`, staff)
    return data as { ok: boolean; problems: unknown[]; disagreements: { order_id: string; rule: string; difference: string; detail: string }[]; orders_checked: number }
  }

  async function expectBooksAgreeWithMedusa() {
    const report = await ledgerCheck()
    if (!report.ok) throw new Error(`the ledger check found problems: ${JSON.stringify({ problems: report.problems, disagreements: report.disagreements }, null, 1)}`)
    return report
  }

  async function adminOrder(orderId: string): Promise<AdminOrder> {
    const { data } = await api.get(
      `/admin/orders/${orderId}?fields=id,display_id,created_at,currency_code,status,total,*items,*payment_collections,*payment_collections.payments`,
      staff
    )
    return data.order as AdminOrder
  }

  const paymentsOf = (order: AdminOrder) => order.payment_collections.flatMap((c) => c.payments)

  async function capture(paymentId: string, amount?: number) {
    await api.post(`/admin/payments/${paymentId}/capture`, amount === undefined ? {} : { amount }, staff)
  }

  async function refund(paymentId: string, amount: number) {
    await api.post(`/admin/payments/${paymentId}/refund`, { amount }, staff)
  }

  async function locationId(): Promise<string> {
    const { data } = await api.get("/admin/stock-locations?limit=1", staff)
    return data.stock_locations[0].id as string
  }

  /** Fulfils the whole order (once), then receives the given items back through Medusa's return flow. */
  async function returnItems(order: AdminOrder, items: { id: string; quantity: number }[], fulfil = true) {
    const location_id = await locationId()
    if (fulfil) await api.post(`/admin/orders/${order.id}/fulfillments`, { items: order.items.map((i) => ({ id: i.id, quantity: i.quantity })), location_id }, staff)
    const { data } = await api.post("/admin/returns", { order_id: order.id, location_id }, staff)
    const returnId = data.return.id as string
    await api.post(`/admin/returns/${returnId}/request-items`, { items }, staff)
    await api.post(`/admin/returns/${returnId}/request`, {}, staff)
    await api.post(`/admin/returns/${returnId}/receive`, {}, staff)
    await api.post(`/admin/returns/${returnId}/receive-items`, { items }, staff)
    await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, staff)
    return returnId
  }

  /**
   * An order edit as staff make it: quantities changed and variants added,
   * requested and confirmed. Medusa then asks for the difference in a new
   * payment collection (or owes a refund).
   */
  async function editOrder(orderId: string, change: { quantities?: { id: string; quantity: number }[]; add?: { variant_id: string; quantity: number }[] }) {
    const { data } = await api.post("/admin/order-edits", { order_id: orderId }, staff)
    const editId = data.order_change.id as string
    for (const q of change.quantities ?? []) await api.post(`/admin/order-edits/${orderId}/items/item/${q.id}`, { quantity: q.quantity }, staff)
    if (change.add?.length) await api.post(`/admin/order-edits/${orderId}/items`, { items: change.add }, staff)
    await api.post(`/admin/order-edits/${orderId}/request`, {}, staff)
    await api.post(`/admin/order-edits/${orderId}/confirm`, {}, staff)
    return editId
  }

  /** Marks an order's outstanding payment collection paid (Medusa's manual capture of a difference). */
  async function payOutstanding(orderId: string) {
    const order = await adminOrder(orderId)
    const open = order.payment_collections.find((c) => c.status === "not_paid" || c.status === "awaiting")
    if (!open) throw new Error(`order ${orderId} has no outstanding payment collection`)
    await api.post(`/admin/payment-collections/${open.id}/mark-as-paid`, { order_id: orderId }, staff)
  }

  async function cancel(orderId: string) {
    await api.post(`/admin/orders/${orderId}/cancel`, {}, staff)
  }

  return { entriesOf, waitForEntries, ledgerCheck, expectBooksAgreeWithMedusa, adminOrder, paymentsOf, capture, refund, returnItems, editOrder, payOutstanding, cancel }
}
