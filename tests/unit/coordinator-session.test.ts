import { coordinatorAccessProblem } from "../../src/lib/coordinator-session"

const at = (iso: string) => Math.floor(new Date(iso).getTime() / 1000)

describe("coordinator access", () => {
  const active = { status: "active", activated_at: "2026-03-01T10:00:00.700Z", password_changed_at: null }

  it("lets an active coordinator's token issued at or after the activation second through", () => {
    expect(coordinatorAccessProblem(active, at("2026-03-01T10:00:00Z"))).toBeNull()
    expect(coordinatorAccessProblem(active, at("2026-03-02T10:00:00Z"))).toBeNull()
  })

  it("refuses a token from before the latest activation or password change", () => {
    expect(coordinatorAccessProblem(active, at("2026-03-01T09:59:59Z"))).toBe("stale")
    const changed = { ...active, password_changed_at: new Date("2026-03-05T08:00:00Z") }
    expect(coordinatorAccessProblem(changed, at("2026-03-04T10:00:00Z"))).toBe("stale")
    expect(coordinatorAccessProblem(changed, at("2026-03-05T08:00:00Z"))).toBeNull()
  })

  it("refuses every token of a coordinator who is not active, or unknown", () => {
    expect(coordinatorAccessProblem({ ...active, status: "deactivated" }, at("2030-01-01T00:00:00Z"))).toBe("inactive")
    expect(coordinatorAccessProblem({ ...active, status: "invited" }, at("2030-01-01T00:00:00Z"))).toBe("inactive")
    expect(coordinatorAccessProblem(undefined, at("2030-01-01T00:00:00Z"))).toBe("inactive")
  })

  it("refuses a token without an issue time once there is a cut-off", () => {
    expect(coordinatorAccessProblem(active, undefined)).toBe("stale")
    expect(coordinatorAccessProblem({ status: "active" }, undefined)).toBeNull()
  })
})
