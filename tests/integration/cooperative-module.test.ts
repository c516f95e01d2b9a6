import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"

jest.setTimeout(60_000)

const cooperative = (overrides: Record<string, unknown> = {}) => ({
  handle: "manos",
  name: "Manos de Arcilla",
  producer_groups: ["women", "youth"],
  department: "cabanas" as const,
  municipality: "Ilobasco",
  crafts: ["pottery"],
  story_en: "Potters.",
  story_es: "Alfareras.",
  share_bps: 6000,
  ...overrides,
})

const origin = (productId: string) => ({
  product_id: productId,
  technique: "Hand-modelled clay",
  materials: ["clay"],
  origin_municipality: "Ilobasco",
  origin_department: "cabanas" as const,
  production_time: "4 days",
})

/** The module alone, on its own schema: the rules its database enforces whoever writes. */
moduleIntegrationTestRunner<CooperativeModuleService>({
  moduleName: COOPERATIVE_MODULE,
  resolve: "./src/modules/cooperative",
  testSuite: ({ service }) => {
    it("stores a cooperative with its defaults: active, organization absorbs refunds", async () => {
      const created = await service.createCooperatives(cooperative())
      expect(created).toMatchObject({ status: "active", refund_policy: "organization_absorbs", producer_groups: ["women", "youth"] })
      expect(created.id).toMatch(/^coop_/)
    })

    it("refuses a share outside 0-10000 bps and an empty set of producer groups in the database itself", async () => {
      await expect(service.createCooperatives(cooperative({ share_bps: 10_001 }))).rejects.toThrow()
      await expect(service.createCooperatives(cooperative({ share_bps: -1 }))).rejects.toThrow()
      await expect(service.createCooperatives(cooperative({ producer_groups: [] }))).rejects.toThrow()
      await expect(service.createCooperatives(cooperative({ department: "atlantis" }))).rejects.toThrow()
      expect(await service.listCooperatives()).toHaveLength(0)
    })

    it("keeps handles unique among live cooperatives, and frees a deleted one's handle", async () => {
      const first = await service.createCooperatives(cooperative())
      await expect(service.createCooperatives(cooperative({ name: "Other" }))).rejects.toThrow()
      await service.softDeleteCooperatives(first.id)
      await expect(service.createCooperatives(cooperative({ name: "Successor" }))).resolves.toMatchObject({ handle: "manos" })
    })

    it("gives a product at most one craft origin", async () => {
      await service.createCraftOrigins(origin("prod_1"))
      await expect(service.createCraftOrigins(origin("prod_1"))).rejects.toThrow()
      await expect(service.createCraftOrigins(origin("prod_2"))).resolves.toMatchObject({ product_id: "prod_2" })
    })
  },
})
