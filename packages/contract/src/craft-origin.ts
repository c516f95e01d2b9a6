/** The body of POST /admin/products/:id/craft-origin (how and where a craft is made), defined once for the route and the dashboard's form. */
import { z } from "zod"
import { DEPARTMENT_CODES } from "./cooperative-vocabulary"

/** How long each text may be; the limits the route and the form share. */
export const CRAFT_ORIGIN_LIMITS = {
  technique: 500,
  material: 80,
  materials: 20,
  origin_municipality: 120,
  production_time: 80,
  maker_notes: 2000,
} as const

const text = (field: string, max: number) =>
  z.string().trim().min(1, { message: `${field} must not be empty` }).max(max, { message: `${field} is longer than ${max} characters` })

export const AdminUpsertCraftOrigin = z
  .object({
    technique: text("technique", CRAFT_ORIGIN_LIMITS.technique),
    materials: z
      .array(text("materials", CRAFT_ORIGIN_LIMITS.material))
      .min(1, { message: "materials needs at least one material" })
      .max(CRAFT_ORIGIN_LIMITS.materials),
    origin_municipality: text("origin_municipality", CRAFT_ORIGIN_LIMITS.origin_municipality),
    origin_department: z.enum(DEPARTMENT_CODES),
    production_time: text("production_time", CRAFT_ORIGIN_LIMITS.production_time),
    maker_notes: text("maker_notes", CRAFT_ORIGIN_LIMITS.maker_notes).nullish(),
  })
  .strict()
export type AdminUpsertCraftOriginType = z.infer<typeof AdminUpsertCraftOrigin>
export type AdminUpsertCraftOriginBody = z.input<typeof AdminUpsertCraftOrigin>
