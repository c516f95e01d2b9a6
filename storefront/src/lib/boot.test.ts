import { afterEach, describe, expect, it, vi } from "vitest"
import { json, stubFetch } from "@/testing/fake-backend"

function writeBoot(data: unknown) {
  const block = document.createElement("script")
  block.id = "cis-boot"
  block.type = "application/json"
  block.textContent = typeof data === "string" ? data : JSON.stringify(data)
  document.head.append(block)
}

async function fresh() {
  vi.resetModules()
  return { config: await import("./config"), boot: await import("./boot") }
}

describe("the page's boot data (written by the storefront server)", () => {
  afterEach(() => document.getElementById("cis-boot")?.remove())

  it("gives the publishable key and Stripe's without asking the API", async () => {
    writeBoot({ publishable_key: "pk_page", stripe_publishable_key: null, regions: [{ id: "reg_1" }] })
    const fetchMock = stubFetch({ "/public/storefront-config": () => json({ publishable_key: "pk_api" }) })
    const { config, boot } = await fresh()
    expect(await config.getPublishableKey()).toBe("pk_page")
    expect(await config.getStripePublishableKey()).toBeNull()
    expect(boot.readBoot().regions).toEqual([{ id: "reg_1" }])
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("falls back to the API without it, or when it is damaged", async () => {
    writeBoot("{not json")
    const fetchMock = stubFetch({ "/public/storefront-config": () => json({ publishable_key: "pk_api" }) })
    const { config, boot } = await fresh()
    expect(boot.readBoot()).toEqual({})
    expect(await config.getPublishableKey()).toBe("pk_api")
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})
