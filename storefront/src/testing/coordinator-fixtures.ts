/**
 * Bodies shaped like the backend's /coordinator routes answer them
 * (src/api/coordinator in the Medusa app); amounts in MINOR units.
 */

export const coordinatorToken = "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6ImNvb3JkXzAxIn0.c2lnbmF0dXJl"

export const meBody = {
  coordinator: { id: "coord_01", email: "marta@lasflores.test", name: "Marta Rivera" },
  cooperative: {
    id: "coop_01",
    handle: "las-flores",
    name: "Cooperativa Las Flores",
    producer_groups: ["women"],
    department: "chalatenango",
    municipality: "La Palma",
  },
}

export function stockLevel(stocked: number, reserved: number, location = { id: "sloc_cis", name: "Bodega CIS San Salvador" }) {
  return {
    location_id: location.id,
    location_name: location.name,
    stocked_quantity: stocked,
    reserved_quantity: reserved,
    available_quantity: stocked - reserved,
  }
}

export const productsBody = {
  products: [
    {
      id: "prod_hammock",
      title: "Hamaca de algodón",
      handle: "hamaca-de-algodon",
      thumbnail: null,
      status: "published",
      variants: [
        { id: "variant_hammock", title: "Default", sku: "HAM-01", inventory_item_id: "iitem_1", low_stock: false, levels: [stockLevel(12, 3)] },
      ],
    },
    {
      id: "prod_dove",
      title: "Paloma de barro",
      handle: "paloma-de-barro",
      thumbnail: null,
      status: "published",
      variants: [
        { id: "variant_dove_s", title: "Pequeña", sku: "PAL-S", inventory_item_id: "iitem_2", low_stock: true, levels: [stockLevel(4, 0)] },
        { id: "variant_dove_l", title: "Grande", sku: "PAL-L", inventory_item_id: "iitem_3", low_stock: false, levels: [stockLevel(20, 0)] },
      ],
    },
  ],
}

export function stockChangeBody(from: number, to: number, reserved = 0) {
  return {
    stock_change: { id: `stchg_${from}_${to}`, variant_id: "variant_hammock", from_quantity: from, to_quantity: to, reason: null },
    available_quantity: to - reserved,
  }
}

export const ordersBody = {
  orders: [
    {
      id: "order_2",
      display_id: 1042,
      created_at: "2025-05-02T15:00:00.000Z",
      status: "pending",
      fulfillment_status: "not_fulfilled",
      awaiting_payment: false,
      items: [{ id: "item_1", product_id: "prod_hammock", title: "Hamaca de algodón", variant_title: "Default", variant_sku: "HAM-01", quantity: 2 }],
    },
  ],
  count: 1,
  limit: 10,
  offset: 0,
}

export const balancesBody = {
  balances: [
    {
      currency_code: "usd",
      pending: 8_500,
      earned: 123_450,
      reversed: -5_000,
      adjusted: 0,
      advanced: 0,
      in_draft_payouts: 20_000,
      paid: 50_000,
      balance: 48_450,
      oldest_unpaid_at: "2025-04-01T10:00:00.000Z",
    },
  ],
}

export const payoutsBody = {
  payouts: [
    {
      id: "payout_paid",
      currency_code: "usd",
      status: "paid",
      up_to: "2025-03-31T23:59:59.000Z",
      amount: 50_000,
      entry_count: 14,
      paid_at: "2025-04-05T12:00:00.000Z",
      reference: "TRF-2025-0405",
      method: "bank_transfer",
      sent_amount: 50_000,
      sent_currency_code: "usd",
      created_at: "2025-04-02T12:00:00.000Z",
    },
    {
      id: "payout_draft",
      currency_code: "usd",
      status: "draft",
      up_to: "2025-04-30T23:59:59.000Z",
      amount: 20_000,
      entry_count: 1,
      paid_at: null,
      reference: null,
      method: null,
      sent_amount: null,
      sent_currency_code: null,
      created_at: "2025-05-01T12:00:00.000Z",
    },
  ],
  count: 2,
  limit: 5,
  offset: 0,
}

export const ledgerEntriesBody = {
  ledger_entries: [
    {
      id: "ledg_1",
      type: "sale",
      state: "payable",
      source: "order_item",
      order_display_id: 1042,
      product_id: "prod_hammock",
      currency_code: "usd",
      amount: 7_000,
      base_amount: 10_000,
      share_bps: 7_000,
      reason: null,
      payout_id: null,
      created_at: "2025-05-02T15:00:00.000Z",
    },
  ],
  count: 1,
  limit: 10,
  offset: 0,
}
