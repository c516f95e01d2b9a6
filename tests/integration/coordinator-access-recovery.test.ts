import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import { LINK_NOT_KEPT } from "../../src/workflows/steps/forget-sent-links"
import { settle } from "./helpers/http"
import { captureResetTokens } from "./helpers/reset-tokens"
import { staffHeaders } from "./helpers/staff"

jest.setTimeout(240_000)

const FIRST_PASSWORD = "añil-y-maíz-2026"
const NEW_PASSWORD = "barro-negro-de-guatajiagua"

type Coordinator = { id: string; cooperative_id: string; email: string; name: string; status: string; invite_token_hash: string | null }
type Sent = { to: string; template: string; data: Record<string, unknown> }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Getting back into the portal without a new account: staff invite an
 * expired or deactivated coordinator again on the same row, and an active
 * coordinator who forgot their password resets it with Medusa's own reset
 * flow. Also: other actors' tokens never open /coordinator/*.
 */
integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: { headers: Record<string, string> }
    let cooperativeId: string
    const resets = captureResetTokens(getContainer)

    const createCooperative = async (handle: string, name: string) =>
      (
        await api.post(
          "/admin/cooperatives",
          {
            handle,
            name,
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
      ).data.cooperative.id as string

    beforeEach(async () => {
      staff = await staffHeaders(getContainer(), api)
      cooperativeId = await createCooperative("manos-unidas", "Manos Unidas")
    })

    const cooperatives = () => getContainer().resolve("cooperative") as {
      listCoordinators: (filter: object) => Promise<Coordinator[]>
      updateCoordinators: (data: object) => Promise<unknown>
    }
    const row = async (email: string) => (await cooperatives().listCoordinators({ email }))[0]
    const sent = async (email: string, template: string): Promise<Sent[]> =>
      ((await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email })) as Sent[]).filter((n) => n.template === template)
    const invite = (email: string, coop = cooperativeId, name = "Rosa Martínez") =>
      settle(api.post(`/admin/cooperatives/${coop}/coordinators`, { email, name }, staff))
    const tokenOf = (url: unknown) => new URL(String(url)).searchParams.get("token")!
    const accept = (token: string, password: string) => settle(api.post("/coordinator/invites/accept", { token, password }))
    const login = (email: string, password: string) => settle(api.post("/auth/coordinator/emailpass", { email, password }))
    const bearer = (token: unknown) => ({ headers: { authorization: `Bearer ${String(token)}` } })
    const askReset = (identifier: string, actor = "coordinator") => settle(api.post(`/auth/${actor}/emailpass/reset-password`, { identifier }))
    const updatePassword = (token: string, body: object) => settle(api.post("/auth/coordinator/emailpass/update", body, bearer(token)))

    async function activeCoordinator(email: string) {
      const invited = await invite(email)
      expect((await accept(tokenOf(invited.data.invite_url), FIRST_PASSWORD)).status).toBe(200)
      return invited.data.coordinator as { id: string }
    }

    /** The notification is sent by a subscriber after the route answered. */
    async function waitForSent(email: string, template: string, count: number): Promise<Sent[]> {
      for (let tries = 0; tries < 100; tries++) {
        const found = await sent(email, template)
        if (found.length >= count) return found
        await sleep(100)
      }
      throw new Error(`no ${template} notification #${count} for ${email}`)
    }

    it("invites an expired invite again on the same row: the old link dies, the new one sets the password", async () => {
      const first = await invite("rosa@manos.test")
      const firstId = (first.data.coordinator as { id: string }).id
      await cooperatives().updateCoordinators({ id: firstId, invite_expires_at: new Date(Date.now() - 1000) })

      const again = await invite("Rosa@Manos.test", cooperativeId, "Rosa M. Martínez")
      expect(again.status).toBe(201)
      expect(again.data).toMatchObject({ reinvited: true, coordinator: { id: firstId, status: "invited", name: "Rosa M. Martínez" } })
      expect(new Date(String((again.data.coordinator as { invite_expires_at: string }).invite_expires_at)).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000)
      expect(tokenOf(again.data.invite_url)).not.toBe(tokenOf(first.data.invite_url))
      const invites = await sent("rosa@manos.test", "coordinator-invite")
      expect(invites).toHaveLength(2)
      // Sent, and not kept: the rows no longer hold a usable link.
      expect(invites.map((n) => n.data.invite_url)).toEqual([LINK_NOT_KEPT, LINK_NOT_KEPT])
      expect(await cooperatives().listCoordinators({ cooperative_id: cooperativeId })).toHaveLength(1)

      const old = await accept(tokenOf(first.data.invite_url), FIRST_PASSWORD)
      expect(old.status).toBe(400)
      expect(old.data.message).toContain("not valid")
      expect((await accept(tokenOf(again.data.invite_url), FIRST_PASSWORD)).status).toBe(200)
      const session = await login("rosa@manos.test", FIRST_PASSWORD)
      expect(session.status).toBe(200)
      expect((await api.get("/coordinator/me", bearer(session.data.token))).data.coordinator.name).toBe("Rosa M. Martínez")
    })

    it("invites a deactivated coordinator again: new password only, the old one and old sessions stay dead", async () => {
      const coordinator = await activeCoordinator("rosa@manos.test")
      const oldSession = (await login("rosa@manos.test", FIRST_PASSWORD)).data.token
      await api.post(`/admin/coordinators/${coordinator.id}/deactivate`, {}, staff)

      const again = await invite("rosa@manos.test")
      expect(again.status).toBe(201)
      expect(again.data).toMatchObject({ reinvited: true, coordinator: { id: coordinator.id, status: "invited", deactivated_at: null } })
      // Invited again is not active yet: the old password still opens Medusa's login, never the portal.
      const between = await login("rosa@manos.test", FIRST_PASSWORD)
      expect((await settle(api.get("/coordinator/me", bearer(between.data.token)))).status).toBe(401)

      // Tokens carry whole seconds: the reactivation must fall in a later second than the old session.
      await sleep(1100)
      const accepted = await accept(tokenOf(again.data.invite_url), NEW_PASSWORD)
      expect(accepted.status).toBe(200)
      expect(accepted.data.coordinator).toMatchObject({ id: coordinator.id, status: "active" })
      expect((await row("rosa@manos.test")).invite_token_hash).toBeNull()
      expect((await accept(tokenOf(again.data.invite_url), NEW_PASSWORD)).status).toBe(400)

      expect((await login("rosa@manos.test", FIRST_PASSWORD)).status).toBe(401)
      const fresh = await login("rosa@manos.test", NEW_PASSWORD)
      expect(fresh.status).toBe(200)
      expect((await settle(api.get("/coordinator/me", bearer(fresh.data.token)))).status).toBe(200)
      const revived = await settle(api.get("/coordinator/me", bearer(oldSession)))
      expect(revived.status).toBe(401)
      expect(revived.data.message).toContain("Sign in again")
      // Still one login for the email, bound to the same coordinator.
      const identities = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "rosa@manos.test", provider: "emailpass" })
      expect(identities).toHaveLength(1)
    })

    it("refuses to invite an active coordinator's email or another cooperative's, and changes nothing", async () => {
      const coordinator = await activeCoordinator("rosa@manos.test")
      const before = await row("rosa@manos.test")
      const active = await invite("rosa@manos.test")
      expect(active.status).toBe(409)
      expect(active.data.message).toContain("active coordinator")
      expect(active.data.message).toContain("deactivate")

      const otherCooperative = await createCooperative("barro-vivo", "Barro Vivo")
      const elsewhere = await invite("rosa@manos.test", otherCooperative)
      expect(elsewhere.status).toBe(409)
      expect(elsewhere.data.message).toContain("another cooperative")
      // Deactivated here, the email is still this cooperative's: the other one cannot take it either.
      await api.post(`/admin/coordinators/${coordinator.id}/deactivate`, {}, staff)
      expect((await invite("rosa@manos.test", otherCooperative)).status).toBe(409)

      expect(await cooperatives().listCoordinators({ cooperative_id: otherCooperative })).toEqual([])
      const after = await row("rosa@manos.test")
      expect(after).toMatchObject({ id: before.id, cooperative_id: cooperativeId, name: before.name, invite_token_hash: null, status: "deactivated" })
      expect(await sent("rosa@manos.test", "coordinator-invite")).toHaveLength(1)
      for (const body of [{ email: "rosa@manos.test", name: "Rosa", status: "active" }, { email: "rosa@manos.test" }]) {
        expect((await settle(api.post(`/admin/cooperatives/${cooperativeId}/coordinators`, body, staff))).status).toBe(400)
      }
    })

    it("never takes over a customer's login with an invite, and never opens the portal to a customer's token", async () => {
      const { publishable } = await publishableKey(getContainer())
      const store = (token?: unknown) => ({
        headers: { "x-publishable-api-key": publishable, ...(token ? { authorization: `Bearer ${String(token)}` } : {}) },
      })
      const registered = await api.post("/auth/customer/emailpass/register", { email: "lucia@buyer.test", password: "a buyer's own password" })
      await api.post("/store/customers", { email: "lucia@buyer.test", first_name: "Lucía" }, store(registered.data.token))
      const customer = await api.post("/auth/customer/emailpass", { email: "lucia@buyer.test", password: "a buyer's own password" })
      expect((await api.get("/store/customers/me", store(customer.data.token))).status).toBe(200)
      for (const path of ["/coordinator/me", "/coordinator/products", "/coordinator/orders", "/coordinator/balances"]) {
        expect((await settle(api.get(path, bearer(customer.data.token)))).status).toBe(401)
      }
      expect((await settle(api.post("/coordinator/variants/variant_x/stock", { quantity: 1 }, bearer(customer.data.token)))).status).toBe(401)

      // Whoever holds an invite link (staff can read it) must not set a customer's password with it.
      const invited = await invite("lucia@buyer.test", cooperativeId, "Lucía")
      const refused = await accept(tokenOf(invited.data.invite_url), NEW_PASSWORD)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("already has a login")
      expect(await row("lucia@buyer.test")).toMatchObject({ status: "invited", invite_token_hash: expect.any(String) })
      expect((await settle(api.post("/auth/customer/emailpass", { email: "lucia@buyer.test", password: "a buyer's own password" }))).status).toBe(200)
      expect((await login("lucia@buyer.test", NEW_PASSWORD)).status).toBe(401)
    })

    it("sends a reset link to active coordinators only; the link sets a new password once", async () => {
      await activeCoordinator("rosa@manos.test")
      const gone = await activeCoordinator("ana@manos.test")
      await api.post(`/admin/coordinators/${gone.id}/deactivate`, {}, staff)
      await invite("nueva@manos.test")

      // Another actor's reset for the coordinator's email is not the portal's to send (and, Medusa's rule, it
      // voids earlier reset links for the email: so it comes first here).
      expect((await askReset("rosa@manos.test", "customer")).status).toBe(201)
      // The same answer whoever asks: deactivated, only invited, unknown, active.
      for (const email of ["ana@manos.test", "nueva@manos.test", "nadie@manos.test", "ROSA@manos.test"]) {
        const answer = await askReset(email)
        expect(answer.status).toBe(201)
      }
      const [mail] = await waitForSent("rosa@manos.test", "coordinator-password-reset", 1)
      await sleep(500)
      expect(await sent("rosa@manos.test", "coordinator-password-reset")).toHaveLength(1)
      for (const email of ["ana@manos.test", "nueva@manos.test", "nadie@manos.test"]) {
        expect(await sent(email, "coordinator-password-reset")).toEqual([])
      }
      expect(mail!.data.reset_url).toBe(LINK_NOT_KEPT)
      const token = await resets.latest("rosa@manos.test")

      // Refused bodies are refused before Medusa spends the single-use token.
      const short = await updatePassword(token, { password: "short" })
      expect(short.status).toBe(400)
      expect(short.data.message).toContain("password")
      const extra = await updatePassword(token, { password: NEW_PASSWORD, entity_id: "ana@manos.test" })
      expect(extra.status).toBe(400)
      expect(extra.data.message).toContain("entity_id")
      expect((await settle(api.post("/auth/coordinator/emailpass/update", { password: NEW_PASSWORD }))).status).toBe(401)

      expect((await updatePassword(token, { password: NEW_PASSWORD })).status).toBe(200)
      expect((await updatePassword(token, { password: "yet another password" })).status).toBe(401)
      expect((await login("rosa@manos.test", FIRST_PASSWORD)).status).toBe(401)
      const session = await login("rosa@manos.test", NEW_PASSWORD)
      expect(session.status).toBe(200)
      expect((await api.get("/coordinator/me", bearer(session.data.token))).data.coordinator.email).toBe("rosa@manos.test")
    })

    it("validates reset requests strictly and throttles them per email, known or not", async () => {
      for (const [body, field] of [
        [{ identifier: "not-an-email" }, "identifier"],
        [{ identifier: "rosa@manos.test", metadata: { x: 1 } }, "metadata"],
        [{}, "identifier"],
      ] as const) {
        const refused = await settle(api.post("/auth/coordinator/emailpass/reset-password", body))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain(field)
      }
      // Counted atomically in the database (the throttle module), so the runner's restore between tests resets them.
      await activeCoordinator("marta@manos.test")
      for (const email of ["marta@manos.test", "nadie.mas@manos.test"]) {
        const statuses: number[] = []
        for (let i = 0; i < 6; i++) statuses.push((await askReset(i % 2 ? email.toUpperCase() : email)).status)
        expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
      }
      const limited = await askReset("marta@manos.test")
      expect(Number((limited as unknown as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(800)
      // Another email is not held back by these.
      expect((await askReset("otra@manos.test")).status).toBe(201)
      await waitForSent("marta@manos.test", "coordinator-password-reset", 5)
      await sleep(500)
      expect(await sent("marta@manos.test", "coordinator-password-reset")).toHaveLength(5)
    })
  },
})

/** A publishable key for the store routes; the runner restores the database before each test, so it is made where needed. */
async function publishableKey(container: MedusaContainer) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const key = await apiKeys.createApiKeys({ title: "Test store", type: "publishable", created_by: "test" })
  return { publishable: key.token }
}
