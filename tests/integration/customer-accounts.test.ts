import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { settle } from "./helpers/http"
import { checkoutUntilPayment, placeOrder } from "./helpers/orders"
import { integrationRunner } from "./helpers/runner"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(240_000)

type Headers = { headers: Record<string, string> }
type Address = { id: string; is_default_shipping: boolean } & Record<string, string | null>

const PASSWORD = "la-tierra-es-de-quien-la-trabaja"

/**
 * A returning buyer through Medusa's own customer routes, as the storefront
 * calls them: sign up, order, sign in again, see the order, have the
 * address offered, bring a guest cart into the account; guests keep
 * checking out and looking orders up.
 */
integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store } = seededStore(api, getContainer)
    const as = (token: string): Headers => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })

    async function signUp(email: string) {
      const { data } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      const { data: created } = await api.post("/store/customers", { email, first_name: "Ana", last_name: "Martínez" }, as(data.token))
      return created.customer as { id: string; email: string }
    }
    async function signIn(email: string): Promise<string> {
      return (await api.post("/auth/customer/emailpass", { email, password: PASSWORD }, store)).data.token
    }
    async function addresses(token: string, expected: number): Promise<Address[]> {
      for (let tries = 0; tries < 100; tries++) {
        const { data } = await api.get("/store/customers/me/addresses", as(token))
        if (data.addresses.length >= expected) return data.addresses
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(`the address book never reached ${expected}`)
    }

    it("signs a buyer up, keeps their order and address, and offers both when they come back", async () => {
      const customer = await signUp("ana@cis.test")
      const first = await placeOrder(api, as(await signIn("ana@cis.test")), {
        regionName: "European Union",
        countryCode: "de",
        email: "ana@cis.test",
        items: [{ sku: "IL-NATIV-S", quantity: 1 }],
      })

      // Back another day: a new sign-in sees the order and the address it went to.
      const token = await signIn("ana@cis.test")
      expect((await api.get("/store/customers/me", as(token))).data.customer).toMatchObject({ id: customer.id, email: "ana@cis.test", has_account: true })
      const { data: history } = await api.get("/store/orders?fields=id,display_id,total,status,created_at", as(token))
      expect(history.orders.map((order: { id: string }) => order.id)).toEqual([first.order.id])
      const [saved] = await addresses(token, 1)
      expect(saved).toMatchObject({ address_1: "1 Test Street", city: "Testville", postal_code: "10115", country_code: "de", is_default_shipping: true })

      // A guest cart started before signing in moves into the account (Medusa's cart transfer).
      const { data: guest } = await api.post("/store/carts", { region_id: (await regionId("European Union")) }, store)
      const { data: moved } = await api.post(`/store/carts/${guest.cart.id}/customer`, {}, as(token))
      expect(moved.cart).toMatchObject({ id: guest.cart.id, customer_id: customer.id, email: "ana@cis.test" })

      // That cart checks out with the saved address, as the storefront sends it: the order ships there and the book does not grow.
      const parts = ["first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"] as const
      const address = Object.fromEntries(parts.map((part) => [part, saved[part] ?? null]))
      const second = await completeWith(as(token), moved.cart.id, address)
      const { data: both } = await api.get("/store/orders?fields=id,*shipping_address", as(token))
      expect(both.orders.map((order: { id: string }) => order.id).sort()).toEqual([first.order.id, second.order.id].sort())
      for (const order of both.orders) expect(order.shipping_address).toMatchObject({ address_1: address.address_1, postal_code: address.postal_code })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await addresses(token, 1)).toHaveLength(1)
    })

    it("keeps a guest's order off the account someone signed up with that email, and the address out of its book", async () => {
      // Anyone can sign up with an email without proving it is theirs.
      await signUp("ana@cis.test")
      const stranger = await signIn("ana@cis.test")
      // Medusa attaches a guest's cart to the registered customer with that email; the store hands it back to a guest of that email.
      const guest = await placeOrder(api, store, { regionName: "European Union", countryCode: "de", email: "ana@cis.test", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      const { data: history } = await api.get("/store/orders?fields=id,*shipping_address", as(stranger))
      expect(history.orders).toEqual([])
      expect(await customerOf(guest.order.id)).toMatchObject({ email: "ana@cis.test", has_account: false })
      await new Promise((resolve) => setTimeout(resolve, 2000))
      expect((await api.get("/store/customers/me/addresses", as(stranger))).data.addresses).toEqual([])

      // Signed in, the same checkout is the account's and saves the address.
      const own = await placeOrder(api, as(stranger), { regionName: "European Union", countryCode: "de", email: "ana@cis.test", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      expect(await addresses(stranger, 1)).toHaveLength(1)
      expect((await api.get("/store/orders?fields=id", as(stranger))).data.orders.map((order: { id: string }) => order.id)).toEqual([own.order.id])
    })

    it("refuses a client's placed-by mark, and keeps an order completed outside the route (a card webhook) off the account", async () => {
      const ana = await signUp("ana@cis.test")
      const token = await signIn("ana@cis.test")
      const { cart_id } = await checkoutUntilPayment(api, store, { regionName: "United States", countryCode: "us", email: "ana@cis.test", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      for (const write of [
        () => api.post(`/store/carts/${cart_id}`, { metadata: { placed_by_customer_id: ana.id } }, store),
        () => api.post("/store/carts", { metadata: { placed_by_customer_id: ana.id } }, store),
      ]) {
        const refused = await settle(write())
        expect(refused.status).toBe(400)
        expect(JSON.stringify(refused.data)).toContain("metadata.placed_by_customer_id")
      }
      // Stripe's webhook completes a card cart through Medusa's workflow, not through the store's route.
      const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cart_id } })
      let owner: { has_account: boolean } | undefined
      for (let tries = 0; tries < 50 && owner?.has_account !== false; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        owner = await customerOf(result.id)
      }
      expect(owner).toMatchObject({ email: "ana@cis.test", has_account: false })
      expect((await api.get("/store/orders", as(token))).data.orders).toEqual([])
      expect((await api.get("/store/customers/me/addresses", as(token))).data.addresses).toEqual([])
    })

    it("lets no metadata write racing the completion make a guest's order write into the account's book", async () => {
      const ana = await signUp("ana@cis.test")
      const token = await signIn("ana@cis.test")
      for (let round = 0; round < 3; round++) {
        const { cart_id } = await checkoutUntilPayment(api, store, { regionName: "United States", countryCode: "us", email: "ana@cis.test", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
        const forge = () => settle(api.post(`/store/carts/${cart_id}`, { metadata: { placed_by_customer_id: ana.id } }, store))
        const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)).then(forge)
        await Promise.all([settle(api.post(`/store/carts/${cart_id}/complete`, {}, store)), ...[0, 5, 10, 20, 40].map(later)])
      }
      await new Promise((resolve) => setTimeout(resolve, 3000))
      expect((await api.get("/store/customers/me/addresses", as(token))).data.addresses).toEqual([])
      expect((await api.get("/store/orders", as(token))).data.orders).toEqual([])
    })

    it("keeps each buyer's orders their own, and guests checking out and looking orders up as before", async () => {
      await signUp("ana@cis.test")
      await placeOrder(api, as(await signIn("ana@cis.test")), { regionName: "United States", countryCode: "us", email: "ana@cis.test", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      await signUp("luis@cis.test")
      expect((await api.get("/store/orders", as(await signIn("luis@cis.test")))).data.orders).toEqual([])

      const guest = await placeOrder(api, store, { regionName: "United States", countryCode: "us", email: "guest@cis.test", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      expect((await settle(api.get("/store/orders", store))).status).toBe(401)
      const { data: found } = await api.post("/store/order-lookup", { email: "guest@cis.test", display_id: guest.order.display_id }, store)
      expect(found.order.display_id).toBe(guest.order.display_id)

      // A wrong password is refused, and an email already signed up cannot sign up again.
      expect((await settle(api.post("/auth/customer/emailpass", { email: "ana@cis.test", password: "wrong-password" }, store))).status).toBe(401)
      expect((await settle(api.post("/auth/customer/emailpass/register", { email: "ana@cis.test", password: PASSWORD }))).status).toBe(401)
    })

    async function customerOf(orderId: string): Promise<{ email: string; has_account: boolean } | undefined> {
      const query = getContainer().resolve("query")
      const { data } = await query.graph({ entity: "order", fields: ["customer.email", "customer.has_account"], filters: { id: orderId } })
      return (data[0] as { customer?: { email: string; has_account: boolean } } | undefined)?.customer
    }

    async function completeWith(headers: Headers, cartId: string, address: Record<string, string | null>) {
      const { products } = (await api.get("/store/products?limit=1&fields=id,*variants", headers)).data as { products: { variants: { id: string }[] }[] }
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 }, headers)
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, headers)
      const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)).data as { shipping_options: { id: string }[] }
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shipping_options[0].id }, headers)
      const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cartId }, headers)).data
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      if (data.type !== "order") throw new Error(`not completed: ${JSON.stringify(data).slice(0, 300)}`)
      return { order: data.order as { id: string; customer_id: string } }
    }

    async function regionId(name: string): Promise<string> {
      const { regions } = (await api.get("/store/regions?limit=50", store)).data as { regions: { id: string; name: string }[] }
      const region = regions.find((candidate) => candidate.name === name)
      if (!region) throw new Error(`no region ${name}`)
      return region.id
    }
  },
})
