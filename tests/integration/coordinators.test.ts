import { Modules } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import { settle } from "./helpers/http"
import { staffHeaders } from "./helpers/staff"

jest.setTimeout(180_000)

const PASSWORD = "añil-y-maíz-2026"

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: { headers: Record<string, string> }
    let cooperativeId: string

    beforeEach(async () => {
      staff = await staffHeaders(getContainer(), api)
      const { data } = await api.post(
        "/admin/cooperatives",
        {
          handle: "manos-unidas",
          name: "Manos Unidas",
          producer_groups: ["women"],
          department: "chalatenango",
          municipality: "La Palma",
          crafts: ["painted wood"],
          story_en: "A story.",
          story_es: "Una historia.",
          share_bps: 6000,
          bank_details: "IBAN SV00 PRIVATE",
        },
        staff
      )
      cooperativeId = data.cooperative.id
    })

    const invite = async (email = "rosa@manos.test") =>
      (await api.post(`/admin/cooperatives/${cooperativeId}/coordinators`, { email, name: "Rosa Martínez" }, staff)).data as {
        coordinator: { id: string; status: string }
        invite_url: string
      }
    const tokenOf = (url: string) => new URL(url).searchParams.get("token")!
    const login = (email: string, password: string) => settle(api.post("/auth/coordinator/emailpass", { email, password }))
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

    it("invites, accepts once, logs in, and shows the coordinator their own cooperative's public profile", async () => {
      const invited = await invite("Rosa@Manos.test")
      expect(invited.coordinator).toMatchObject({ status: "invited", email: "rosa@manos.test" })
      expect(invited.coordinator).not.toHaveProperty("invite_token_hash")
      expect(invited.invite_url).toMatch(/\/coop\/accept\?token=[\w-]{40,}$/)
      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "rosa@manos.test" })
      expect(notifications).toEqual([expect.objectContaining({ channel: "email", template: "coordinator-invite" })])
      expect(JSON.stringify((await api.get(`/admin/cooperatives/${cooperativeId}/coordinators`, staff)).data)).not.toContain(tokenOf(invited.invite_url))

      const short = await settle(api.post("/coordinator/invites/accept", { token: tokenOf(invited.invite_url), password: "short" }))
      expect(short.status).toBe(400)
      expect(short.data.message).toContain("password")
      const accepted = await api.post("/coordinator/invites/accept", { token: tokenOf(invited.invite_url), password: PASSWORD })
      expect(accepted.data.coordinator).toMatchObject({ status: "active", email: "rosa@manos.test" })
      const again = await settle(api.post("/coordinator/invites/accept", { token: tokenOf(invited.invite_url), password: PASSWORD }))
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("not valid")

      const session = await login("rosa@manos.test", PASSWORD)
      expect(session.status).toBe(200)
      const { data } = await api.get("/coordinator/me", bearer(session.data.token as string))
      expect(data.coordinator).toMatchObject({ email: "rosa@manos.test", name: "Rosa Martínez" })
      expect(data.cooperative).toMatchObject({ id: cooperativeId, name: "Manos Unidas", department: "chalatenango" })
      expect(JSON.stringify(data)).not.toContain("PRIVATE")
    })

    it("answers the storefront's cross-origin requests on the portal routes (CORS), and no other origin's", async () => {
      const preflight = (origin: string) =>
        settle(
          api.options("/coordinator/invites/accept", {
            headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
          })
        )
      const allowed = await preflight("http://localhost:8000")
      expect(allowed.status).toBe(204)
      expect((allowed as unknown as { headers: Record<string, string> }).headers["access-control-allow-origin"]).toBe("http://localhost:8000")
      const other = await preflight("https://evil.example")
      expect((other as unknown as { headers: Record<string, string> }).headers["access-control-allow-origin"]).toBeUndefined()
    })

    it("refuses open registration, expired and unknown invites, and malformed invitations", async () => {
      const open = await settle(api.post("/auth/coordinator/emailpass/register", { email: "anyone@x.test", password: PASSWORD }))
      expect(open.status).toBe(401)
      expect(open.data.message).toContain("invitation")
      // Express matches routes with a trailing slash and in any case: so do the guards.
      for (const path of ["/auth/coordinator/emailpass/register/", "/AUTH/Coordinator/emailpass/register"]) {
        expect((await settle(api.post(path, { email: "anyone@x.test", password: PASSWORD }))).status).toBe(401)
      }
      expect((await settle(api.get("/Coordinator/me"))).status).toBe(401)

      const invited = await invite()
      const cooperatives = getContainer().resolve("cooperative") as { updateCoordinators: (data: unknown) => Promise<unknown> }
      await cooperatives.updateCoordinators({ id: invited.coordinator.id, invite_expires_at: new Date(Date.now() - 1000) })
      const expired = await settle(api.post("/coordinator/invites/accept", { token: tokenOf(invited.invite_url), password: PASSWORD }))
      expect(expired.status).toBe(400)
      expect(expired.data.message).toContain("expired")
      expect((await login("rosa@manos.test", PASSWORD)).status).toBe(401)
      const unknown = await settle(api.post("/coordinator/invites/accept", { token: "x".repeat(43), password: PASSWORD }))
      expect(unknown.status).toBe(400)

      for (const [body, field] of [
        [{ email: "not-an-email", name: "Ana" }, "email"],
        [{ email: "ana@x.test", name: "A" }, "name"],
        [{ email: "ana@x.test", name: "Ana", cooperative_id: "coop_other" }, "cooperative_id"],
      ] as const) {
        const response = await settle(api.post(`/admin/cooperatives/${cooperativeId}/coordinators`, body, staff))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      expect((await settle(api.post("/admin/cooperatives/coop_unknown/coordinators", { email: "ana@x.test", name: "Ana" }, staff))).status).toBe(404)
      expect((await settle(api.post(`/admin/cooperatives/${cooperativeId}/coordinators`, { email: "ana@x.test", name: "Ana" }))).status).toBe(401)
      const listed = (await api.get(`/admin/cooperatives/${cooperativeId}/coordinators`, staff)).data.coordinators as unknown[]
      expect(listed).toHaveLength(1)
    })

    it("keeps each actor to its own routes, and cuts a deactivated coordinator off at once", async () => {
      const invited = await invite()
      await api.post("/coordinator/invites/accept", { token: tokenOf(invited.invite_url), password: PASSWORD })
      const token = (await login("rosa@manos.test", PASSWORD)).data.token as string

      expect((await settle(api.get("/admin/cooperatives", bearer(token)))).status).toBe(401)
      expect((await settle(api.get("/coordinator/me", staff))).status).toBe(401)
      expect((await settle(api.get("/coordinator/me"))).status).toBe(401)
      expect((await api.get("/coordinator/me", bearer(token))).status).toBe(200)

      const off = await api.post(`/admin/coordinators/${invited.coordinator.id}/deactivate`, {}, staff)
      expect(off.data.coordinator.status).toBe("deactivated")
      const refused = await settle(api.get("/coordinator/me", bearer(token)))
      expect(refused.status).toBe(401)
      expect(refused.data.message).toContain("not active")
      expect((await settle(api.post("/admin/coordinators/coord_unknown/deactivate", {}, staff))).status).toBe(404)
      const extra = await settle(api.post(`/admin/coordinators/${invited.coordinator.id}/deactivate`, { reason: "x" }, staff))
      expect(extra.status).toBe(400)
      expect(extra.data.message).toContain("reason")
      expect((await settle(api.post(`/admin/coordinators/${invited.coordinator.id}/deactivate`, {}))).status).toBe(401)
    })

    it("slows repeated failed logins for one email and then refuses them for a while", async () => {
      const invited = await invite()
      await api.post("/coordinator/invites/accept", { token: tokenOf(invited.invite_url), password: PASSWORD })
      const statuses: number[] = []
      const waited: number[] = []
      for (let i = 0; i < 11; i++) {
        const began = Date.now()
        statuses.push((await login("rosa@manos.test", "wrong-password-1")).status)
        waited.push(Date.now() - began)
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429])
      // The same login reached by GET, or with a trailing slash, is held back just the same.
      const viaGet = await settle(api.request({ method: "GET", url: "/auth/coordinator/emailpass/", data: { email: "rosa@manos.test", password: PASSWORD } }))
      expect(viaGet.status).toBe(429)
      // After nine failures the tenth try is held back three seconds (a lower bound, not a speed target).
      expect(waited[9]).toBeGreaterThanOrEqual(3000)
      const locked = await login("rosa@manos.test", PASSWORD)
      expect(locked.status).toBe(429)
      expect(Number((locked as unknown as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(800)
    })
  },
})
