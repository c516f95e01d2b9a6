import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { settle, type HttpResponse } from "./http"

// The runner's axios answers are loosely typed JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
type Headers = { headers: Record<string, string> }
type Api = {
  get: (url: string, config?: object) => Promise<{ data: Json }>
  post: (url: string, body: unknown, config?: object) => Promise<{ data: Json }>
}

export type Answer = { cart_id: string; response: HttpResponse; ms: number }

export const countBy = (list: number[]) => list.reduce<Record<number, number>>((out, x) => ({ ...out, [x]: (out[x] ?? 0) + 1 }), {})

/** The median and the last of the answers' times, for the printed figures. */
export function answerTimes(answers: Answer[]): { p50: number; last: number } {
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b)
  return { p50: ms[Math.floor((ms.length - 1) / 2)], last: ms[ms.length - 1] }
}

/**
 * Many buyers of one craft completing at once (tests/integration/checkout-under-load*.test.ts):
 * carts ready to complete, the completions fired together, and the stock and orders read back.
 */
export function checkoutLoad(api: Api, getContainer: () => MedusaContainer, store: Headers) {
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  /** Leaves exactly `quantity` of the craft available at its one location (stock less what earlier orders reserved). */
  async function setStock(sku: string, quantity: number): Promise<{ variantId: string; inventoryItemId: string }> {
    const { data } = await query().graph({ entity: "variant", fields: ["id", "inventory_items.inventory.location_levels.*"], filters: { sku } })
    const variant = data[0] as Json
    const level = variant.inventory_items[0].inventory.location_levels[0]
    const inventory = getContainer().resolve(Modules.INVENTORY)
    const reserved = Number(level.reserved_quantity)
    await inventory.updateInventoryLevels([{ inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: reserved + quantity }])
    return { variantId: variant.id, inventoryItemId: level.inventory_item_id }
  }

  /** `count` buyers' carts of one unit of the variant, each ready to complete (shipping and a bank transfer session). */
  async function readyCarts(variantId: string, count: number): Promise<string[]> {
    const { regions } = (await api.get("/store/regions", store)).data
    const region = regions.find((r: Json) => r.name === "United States")
    const address = { first_name: "Ana", last_name: "Buyer", address_1: "1 Test Street", city: "Testville", postal_code: "10115", country_code: "us" }
    const one = async (n: number) => {
      const body = { region_id: region.id, email: `buyer${n}@cis.test`, shipping_address: address, billing_address: address, items: [{ variant_id: variantId, quantity: 1 }] }
      const { cart } = (await api.post("/store/carts", body, store)).data
      const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, store)).data
      const cheapest = [...shipping_options].sort((a: Json, b: Json) => a.amount - b.amount)[0]
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: cheapest.id }, store)
      const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      return cart.id as string
    }
    const ids: string[] = []
    // A few at a time: preparing carts is not what is measured.
    for (let i = 0; i < count; i += 5) ids.push(...(await Promise.all(Array.from({ length: Math.min(5, count - i) }, (_, j) => one(i + j)))))
    return ids
  }

  /** Completes every cart at once; each answer with the time it took. */
  async function completeAtOnce(cartIds: string[]): Promise<Answer[]> {
    const started = Date.now()
    return await Promise.all(
      cartIds.map(async (cart_id) => {
        const response = await settle(api.post(`/store/carts/${cart_id}/complete`, {}, store))
        return { cart_id, response, ms: Date.now() - started }
      })
    )
  }

  async function reservedOf(variantId: string): Promise<number> {
    const { data } = await query().graph({ entity: "variant", fields: ["inventory_items.inventory.location_levels.reserved_quantity"], filters: { id: variantId } })
    return Number((data[0] as Json).inventory_items[0].inventory.location_levels[0].reserved_quantity)
  }

  async function ordersOf(variantId: string): Promise<number> {
    const { data } = await query().graph({ entity: "order_line_item", fields: ["id"], filters: { variant_id: variantId } })
    return data.length
  }

  /**
   * N buyers of one unit each on stock N-k, all at once: exactly N-k orders,
   * k answers of 400 saying the craft is sold out (none a 409), every unit
   * reserved once. The same scenario for the in-memory and the Redis setups.
   */
  async function expectSoldOutForLateBuyers(sku: string, n: number, k: number) {
    const { variantId } = await setStock(sku, n - k)
    const reservedBefore = await reservedOf(variantId)
    const answers = await completeAtOnce(await readyCarts(variantId, n))
    const orders = answers.filter((a) => a.response.status === 200 && a.response.data.type === "order")
    const refused = answers.filter((a) => a.response.status !== 200)
    expect(orders).toHaveLength(n - k)
    expect(refused.map((a) => a.response.status)).toEqual(Array(k).fill(400))
    for (const a of refused) expect(String(a.response.data.message)).toMatch(/stock|inventory/i)
    // No oversell: every unit reserved once, none twice.
    expect((await reservedOf(variantId)) - reservedBefore).toBe(n - k)
    return { answers, orders, refused }
  }

  return { setStock, readyCarts, completeAtOnce, reservedOf, ordersOf, expectSoldOutForLateBuyers }
}
