import { z } from "@medusajs/framework/zod"
import { DEPARTMENT_CODES } from "@cis/contract/cooperative-vocabulary"

const text = (field: string, max: number) =>
  z.string().trim().min(1, { message: `${field} must not be empty` }).max(max, { message: `${field} is longer than ${max} characters` })

export const AdminUpsertCraftOrigin = z
  .object({
    technique: text("technique", 500),
    materials: z.array(text("materials", 80)).min(1, { message: "materials needs at least one material" }).max(20),
    origin_municipality: text("origin_municipality", 120),
    origin_department: z.enum(DEPARTMENT_CODES),
    production_time: text("production_time", 80),
    maker_notes: text("maker_notes", 2000).nullish(),
  })
  .strict()
export type AdminUpsertCraftOriginType = z.infer<typeof AdminUpsertCraftOrigin>
