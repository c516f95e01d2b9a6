import type { MedusaContainer } from "@medusajs/framework/types"
import seedDemoStore from "../../../src/scripts/seed"
import { staffHeaders } from "./staff"

type Api = {
  get: (url: string, config?: object) => Promise<{ data: { publishable_key: string } }>
  post: (url: string, body: unknown) => Promise<{ data: { token: string } }>
}
type Headers = { headers: Record<string, string> }

/**
 * Seeds the demo store once per test file (in a top-level beforeAll, so the
 * runner's snapshot includes it) and gives every test a buyer's and a staff
 * member's request headers. Call it at the top of a testSuite; the returned
 * header objects are refilled in place before each test, so they can be
 * destructured once.
 */
export function seededStore(api: Api, getContainer: () => MedusaContainer): { store: Headers; staff: Headers } {
  const store: Headers = { headers: {} }
  const staff: Headers = { headers: {} }
  beforeAll(async () => {
    await seedDemoStore({ container: getContainer(), args: [] })
  })
  beforeEach(async () => {
    const { data } = await api.get("/public/storefront-config")
    store.headers["x-publishable-api-key"] = data.publishable_key
    // The runner restores the database before each test, so the staff user is made anew.
    Object.assign(staff.headers, (await staffHeaders(getContainer(), api)).headers)
  })
  return { store, staff }
}
