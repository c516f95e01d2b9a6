import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import purgeThrottleCountersJob from "../../src/jobs/purge-throttle-counters"
import { THROTTLE_MODULE } from "../../src/modules/throttle"
import type ThrottleModuleService from "../../src/modules/throttle/service"
import { LINK_NOT_KEPT } from "../../src/workflows/steps/forget-sent-links"
import { settle, type HttpResponse } from "./helpers/http"
import { placeOrder } from "./helpers/orders"
import { captureResetTokens } from "./helpers/reset-tokens"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(300_000)

const PASSWORD = "tierra-y-libertad-1992"
const ATTACKER_PASSWORD = "the-attacker-was-here"
const NEW_PASSWORD = "barro-negro-de-guatajiagua"
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const bearer = (token: unknown) => ({ headers: { authorization: `Bearer ${String(token)}` } })

/**
 * Issue 14's attacks, each replayed as the attacker made it (the encoded
 * path and parallel variants included), each now failing. One file, so
 * Medusa boots once; the runner restores the database (throttle counters
 * included) before every test.
 */
integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    const resets = captureResetTokens(getContainer)

    const post = (url: string, body: unknown, config?: object) => settle(api.post(url, body, config))
    const get = (url: string, config?: object) => settle(api.get(url, config))
    const login = (email: string, password: string, path = "/auth/coordinator/emailpass") => post(path, { email, password })
    const refresh = (token: unknown) => post("/auth/token/refresh", {}, bearer(token))
    const me = (token: unknown) => get("/coordinator/me", bearer(token))
    const statuses = (answers: HttpResponse[]) => answers.map((answer) => answer.status)

    async function cooperativeWithProducts(): Promise<{ id: string; sku: string }> {
      const { products } = (await api.get("/store/products?limit=200&fields=id,*variants,*cooperative", store)).data as {
        products: { variants: { sku: string }[]; cooperative: { id: string } }[]
      }
      const product = products.find((p) => p.variants.some((v) => v.sku === "SS-SCARF-MAI"))!
      return { id: product.cooperative.id, sku: "SS-SCARF-MAI" }
    }

    async function invite(email: string, cooperativeId?: string) {
      const coop = cooperativeId ?? (await cooperativeWithProducts()).id
      const { data } = await api.post(`/admin/cooperatives/${coop}/coordinators`, { email, name: "Rosa Martínez" }, staff)
      return { coordinator: data.coordinator as { id: string }, token: new URL(data.invite_url).searchParams.get("token")!, cooperativeId: coop }
    }

    async function activeCoordinator(email: string, cooperativeId?: string) {
      const invited = await invite(email, cooperativeId)
      expect((await post("/coordinator/invites/accept", { token: invited.token, password: PASSWORD })).status).toBe(200)
      const session = await login(email, PASSWORD)
      expect(session.status).toBe(200)
      return { ...invited, session: session.data.token as string }
    }

    it("1: registering an email first never takes over the coordinator who is invited later, on any spelling", async () => {
      for (const path of [
        "/auth/coordinator/emailpass/register",
        "/auth/%63oordinator/emailpass/register",
        "/auth/Coordinator/emailpass/register",
        "/auth/coordinator/%65mailpass/register",
        "/auth/coordinator/emailpass/REGISTER/",
        "/auth/someone/emailpass/register",
      ]) {
        const refused = await post(path, { email: "rosa@manos.test", password: ATTACKER_PASSWORD })
        expect([path, refused.status]).toEqual([path, 401])
      }
      expect(await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "rosa@manos.test" })).toEqual([])

      // The attacker registers as a buyer (open by design), then takes a coordinator-typed token on that login.
      const registered = await post("/auth/customer/emailpass/register", { email: "rosa@manos.test", password: ATTACKER_PASSWORD })
      expect(registered.status).toBe(200)
      const early = await login("rosa@manos.test", ATTACKER_PASSWORD, "/auth/%63oordinator/emailpass")
      expect(early.status).toBe(200)

      // Staff invite the real Rosa, who accepts.
      const invited = await invite("rosa@manos.test")
      expect((await post("/coordinator/invites/accept", { token: invited.token, password: PASSWORD })).status).toBe(200)

      // Accepting did not adopt the login the attacker made: it is gone, with every token issued on it.
      const payload = JSON.parse(Buffer.from(String(registered.data.token).split(".")[1]!, "base64url").toString()) as { auth_identity_id: string }
      const auth = getContainer().resolve(Modules.AUTH)
      expect(await auth.listAuthIdentities({ id: [payload.auth_identity_id] })).toEqual([])
      expect(await auth.listProviderIdentities({ entity_id: "rosa@manos.test" })).toHaveLength(1)
      for (const token of [early.data.token, registered.data.token]) {
        const renewed = await refresh(token)
        expect(renewed.status).toBe(401)
        expect((await me(token)).status).toBe(401)
      }
      expect((await login("rosa@manos.test", ATTACKER_PASSWORD)).status).toBe(401)
      const real = await login("rosa@manos.test", PASSWORD)
      expect(((await me(real.data.token)).data.coordinator as { id: string }).id).toBe(invited.coordinator.id)

      // The invite link was sent and is not kept in the notification row.
      const [sent] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "rosa@manos.test" })
      expect(sent!.data as Record<string, unknown>).toMatchObject({ invite_url: LINK_NOT_KEPT })
      expect(JSON.stringify(sent)).not.toContain(invited.token)
    })

    it("2: tokens end with deactivation, re-invite, password change and cooperative deletion, and refresh does not revive them", async () => {
      const rosa = await activeCoordinator("rosa@manos.test")
      const renewed = await refresh(rosa.session)
      expect(renewed.status).toBe(200)
      expect((await me(renewed.data.token)).status).toBe(200)

      // Password changed through a reset link: every earlier token stops, and cannot be refreshed.
      expect((await post("/auth/coordinator/emailpass/reset-password", { identifier: "rosa@manos.test" })).status).toBe(201)
      const resetToken = await resets.latest("rosa@manos.test")
      await sleep(1100)
      expect((await post("/auth/coordinator/emailpass/update", { password: NEW_PASSWORD }, bearer(resetToken))).status).toBe(200)
      for (const token of [rosa.session, renewed.data.token]) {
        expect((await me(token)).status).toBe(401)
        expect((await refresh(token)).status).toBe(401)
      }
      const [mail] = (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "rosa@manos.test" })).filter(
        (n: { template: string }) => n.template === "coordinator-password-reset"
      )
      expect(mail!.data).toMatchObject({ reset_url: LINK_NOT_KEPT })

      // Deactivated: refused at once, refresh too; invited again and accepted: the old token stays dead.
      const beforeDeactivation = (await login("rosa@manos.test", NEW_PASSWORD)).data.token
      await api.post(`/admin/coordinators/${rosa.coordinator.id}/deactivate`, {}, staff)
      expect((await me(beforeDeactivation)).status).toBe(401)
      expect((await refresh(beforeDeactivation)).status).toBe(401)
      const again = await invite("rosa@manos.test", rosa.cooperativeId)
      await sleep(1100)
      expect((await post("/coordinator/invites/accept", { token: again.token, password: PASSWORD })).status).toBe(200)
      expect((await refresh(beforeDeactivation)).status).toBe(401)
      expect((await me(beforeDeactivation)).status).toBe(401)

      // A deleted cooperative's coordinators are deactivated, and their tokens stop.
      const { data } = await api.post(
        "/admin/cooperatives",
        {
          handle: "sin-productos",
          name: "Sin Productos",
          producer_groups: ["women"],
          department: "chalatenango",
          municipality: "La Palma",
          crafts: ["painted wood"],
          story_en: "A story.",
          story_es: "Una historia.",
          share_bps: 6000,
        },
        staff
      )
      const ana = await activeCoordinator("ana@sin.test", data.cooperative.id)
      const pending = await invite("luz@sin.test", data.cooperative.id)
      expect((await api.delete(`/admin/cooperatives/${data.cooperative.id}`, staff)).status).toBe(200)
      expect((await me(ana.session)).status).toBe(401)
      expect((await refresh(ana.session)).status).toBe(401)
      expect((await post("/coordinator/invites/accept", { token: pending.token, password: PASSWORD })).status).toBe(400)
      const rows = await (getContainer().resolve("cooperative") as { listCoordinators: (f: object) => Promise<{ status: string }[]> }).listCoordinators({
        cooperative_id: data.cooperative.id,
      })
      expect(rows.map((row) => row.status)).toEqual(["deactivated", "deactivated"])
    })

    it("3: forty parallel wrong passwords on an encoded login path meet the throttle; staff and buyer logins are throttled too", async () => {
      await activeCoordinator("rosa@manos.test")
      const burst = await Promise.all(
        Array.from({ length: 40 }, (_, i) => login("rosa@manos.test", `wrong-${i}`, i % 2 ? "/auth/coordinator/%65mailpass" : "/auth/%63oordinator/emailpass"))
      )
      const counted = statuses(burst)
      expect(counted.filter((status) => status === 429)).toHaveLength(30)
      expect(counted.filter((status) => status === 401)).toHaveLength(10)
      const locked = await login("rosa@manos.test", PASSWORD)
      expect(locked.status).toBe(429)
      expect(Number(locked.data.retry_after)).toBeGreaterThan(800)

      // A staff user's and a buyer's logins, through every spelling, share the same rule.
      await post("/auth/customer/emailpass/register", { email: "lucia@buyer.test", password: "a buyer's own password" })
      for (const [email, paths] of [
        ["staff@cis.test", ["/auth/user/emailpass", "/auth/%75ser/emailpass", "/auth/USER/emailpass/"]],
        ["lucia@buyer.test", ["/auth/customer/emailpass", "/auth/%63ustomer/emailpass"]],
      ] as const) {
        const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(email, `wrong-${i}`, paths[i % paths.length])))
        expect(statuses(answers).filter((status) => status === 429)).toHaveLength(2)
        expect((await login(email, "a-long-staff-password", "/auth/user/emailpass")).status).toBe(429)
      }
      // Forged forwarding headers do not make a new client.
      const forged = await post("/auth/user/emailpass", { email: "staff@cis.test", password: "x" }, { headers: { "x-forwarded-for": "203.0.113.9" } })
      expect(forged.status).toBe(429)
    })

    it("4: the reset throttle holds on every spelling and actor type, and the body takes an email only", async () => {
      await activeCoordinator("rosa@manos.test")
      const metadata = await post("/auth/%63oordinator/emailpass/reset-password", { identifier: "rosa@manos.test", metadata: { template: "x" } })
      expect(metadata.status).toBe(400)
      expect(metadata.data.message).toContain("metadata")
      expect((await post("/auth/customer/emailpass/reset-password", { identifier: "rosa@manos.test", metadata: {} })).status).toBe(400)

      const paths = ["/auth/coordinator/emailpass/reset-password", "/auth/%63oordinator/emailpass/reset-password", "/auth/coordinator/%65mailpass/reset-password/", "/auth/customer/emailpass/reset-password"]
      const answers = await Promise.all(Array.from({ length: 14 }, (_, i) => post(paths[i % paths.length]!, { identifier: i % 3 ? "rosa@manos.test" : "ROSA@manos.test" })))
      expect(statuses(answers).filter((status) => status === 201)).toHaveLength(5)
      expect(statuses(answers).filter((status) => status === 429)).toHaveLength(9)
      await sleep(1500)
      const mails = (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "rosa@manos.test" })).filter(
        (n: { template: string }) => n.template === "coordinator-password-reset"
      )
      expect(mails.length).toBeLessThanOrEqual(5)
    })

    async function coordinatorWithOrder() {
      const { id, sku } = await cooperativeWithProducts()
      const rosa = await activeCoordinator("rosa@manos.test", id)
      const placed = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku, quantity: 1 }] })
      for (let tries = 0; tries < 100 && (await api.get(`/admin/ledger-entries?order_id=${placed.order.id}`, staff)).data.count === 0; tries++) await sleep(200)
      return { rosa, ...placed }
    }

    it("5: a coordinator sees order numbers, never the order ids that open a buyer's address; Medusa's own confirmation still reads by id", async () => {
      const { rosa, order } = await coordinatorWithOrder()
      const orders = await api.get("/coordinator/orders", bearer(rosa.session))
      expect(orders.data.orders.map((o: { display_id: number }) => o.display_id)).toEqual([order.display_id])
      const ledger = await api.get("/coordinator/ledger-entries", bearer(rosa.session))
      expect(ledger.data.ledger_entries[0]).toMatchObject({ order_display_id: order.display_id })
      for (const answer of [orders, ledger, await api.get("/coordinator/balances", bearer(rosa.session))]) {
        expect(JSON.stringify(answer.data)).not.toContain(order.id)
      }
      // The buyer's own checkout holds the id, and Medusa's storefronts read the order with it (their design).
      const own = await api.get(`/store/orders/${order.id}?fields=*items,email`, store)
      expect(own.data.order.email).toBe("buyer@cis.test")
    })

    it("6: a completed cart and its order never hand out payment session data, whatever the fields' spelling", async () => {
      const live = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })
      // As with a card: the session's data holds a client secret.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`UPDATE payment_session SET data = '{"client_secret":"pi_test_secret_planted"}'::jsonb`)
      await pg.raw(`UPDATE payment SET data = '{"client_secret":"pi_test_secret_planted"}'::jsonb`)
      const cartId = live.cart_id
      const fromOrder = await api.get(`/store/orders/${live.order.id}?fields=id,cart.id`, store)
      expect(fromOrder.data.order.cart.id).toBe(cartId)
      const attempts = [
        get(`/store/carts/${cartId}?fields=*payment_collection.payment_sessions`, store),
        get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.data`, store),
        get(`/store/carts/${cartId}?fields=%2Bpayment_collection.payment_sessions.%2A`, store),
        get(`/store/carts/${encodeURIComponent(cartId)}?fields=*payment_collection,*payment_collection.payment_sessions,*payment_collection.payments`, store),
        post(`/store/carts/${cartId}?fields=*payment_collection.payment_sessions`, {}, store),
        get(`/store/orders/${live.order.id}?fields=cart.payment_collection.payment_sessions.data`, store),
        get(`/store/orders/${live.order.id}?fields=*payment_collections.payment_sessions`, store),
        post("/store/payment-collections?fields=*payment_sessions", { cart_id: cartId }, store),
      ]
      for (const answer of await Promise.all(attempts)) {
        expect(answer.status).toBeLessThan(500)
        expect(JSON.stringify(answer.data)).not.toContain("pi_test_secret_planted")
      }

      // A cart still being paid for keeps its session data: the buyer's browser needs it to pay.
      const { regions } = (await api.get("/store/regions", store)).data
      const { cart } = (await api.post("/store/carts", { region_id: regions[0].id }, store)).data
      const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      await pg.raw(`UPDATE payment_session SET data = '{"client_secret":"pi_live_secret"}'::jsonb WHERE payment_collection_id = ?`, [payment_collection.id])
      const open = await api.get(`/store/carts/${cart.id}?fields=*payment_collection.payment_sessions`, store)
      expect(open.data.cart.payment_collection.payment_sessions[0].data).toEqual({ client_secret: "pi_live_secret" })
    })

    it("7: the order lookup counts by the real client address, not X-Forwarded-For, and never answers with the order id", async () => {
      const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })
      const hit = await api.post("/store/order-lookup", { email: "Buyer@cis.test", display_id: order.display_id }, store)
      expect(hit.data.order).toMatchObject({ display_id: order.display_id, payment: { provider_id: "pp_system_default", captured: false } })
      expect(JSON.stringify(hit.data)).not.toContain(order.id)
      const tries = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          post("/store/order-lookup", { email: "buyer@cis.test", display_id: 9000 + i }, { headers: { ...store.headers, "x-forwarded-for": `198.51.100.${i}` } })
        )
      )
      expect(statuses(tries).filter((status) => status === 404)).toHaveLength(9)
      expect(statuses(tries).filter((status) => status === 429)).toHaveLength(21)
      const after = await post("/store/order-lookup", { email: "buyer@cis.test", display_id: order.display_id }, store)
      expect(after.status).toBe(429)
      expect(Number(after.data.retry_after)).toBeGreaterThan(0)
    })

    it("keeps throttle counts in PostgreSQL atomically, by key hash, and purges ended windows", async () => {
      const counters: ThrottleModuleService = getContainer().resolve(THROTTLE_MODULE)
      const hits = await Promise.all(Array.from({ length: 25 }, () => counters.hit("login-email:rosa@manos.test", 60_000)))
      expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
      await counters.hit("short-window", 1)
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(`SELECT id FROM throttle_counter`)
      expect(JSON.stringify(rows)).not.toContain("rosa")
      await sleep(50)
      expect(await purgeThrottleCountersJob(getContainer())).toEqual({ deleted: 1 })
      // The open window (and the staff login's address count) stay.
      expect((await pg.raw(`SELECT count FROM throttle_counter WHERE count = 25`)).rows).toHaveLength(1)
    })

    it("10: the API sends no X-Powered-By", async () => {
      for (const answer of [await api.get("/store/regions", store), await get("/coordinator/me"), await get("/health")]) {
        expect((answer as unknown as { headers: Record<string, unknown> }).headers["x-powered-by"]).toBeUndefined()
      }
    })
  },
})
