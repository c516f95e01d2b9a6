import { model } from "@medusajs/framework/utils"
import {
  COOPERATIVE_STATUSES,
  DEPARTMENT_CODES,
  PAYOUT_METHODS,
  REFUND_POLICIES,
} from "@cis/contract/cooperative-vocabulary"
import { translatableList } from "./translatable-list"

/**
 * A producer cooperative. Public profile fields first; the contact, payout
 * and notes fields are for CIS staff only and never leave the admin API.
 */
const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable(),
    /** One or more of PRODUCER_GROUPS; validated where it is written. */
    producer_groups: model.array(),
    department: model.enum(DEPARTMENT_CODES),
    municipality: model.text(),
    founded_year: model.number().nullable(),
    member_count: model.number().nullable(),
    /** In Spanish through Medusa's translation module (reference `cooperative`). */
    crafts: translatableList(),
    story_en: model.text(),
    story_es: model.text(),
    image_url: model.text().nullable(),
    website: model.text().nullable(),
    status: model.enum([...COOPERATIVE_STATUSES]).default("active"),
    share_bps: model.number(),
    refund_policy: model.enum([...REFUND_POLICIES]).default("organization_absorbs"),
    contact_name: model.text().nullable(),
    contact_phone: model.text().nullable(),
    contact_email: model.text().nullable(),
    payout_method: model.enum([...PAYOUT_METHODS]).nullable(),
    bank_details: model.text().nullable(),
    internal_notes: model.text().nullable(),
    /**
     * While paused: the sales channels each product was taken out of
     * (`{ product_id: [sales_channel_id] }`), to put it back on resume.
     */
    withheld_sales_channels: model.json().nullable(),
  })
  .indexes([
    { name: "IDX_cooperative_handle_unique", on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_cooperative_status", on: ["status"], where: "deleted_at IS NULL" },
    { name: "IDX_cooperative_department", on: ["department"], where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "CHK_cooperative_share_bps", expression: (columns) => `${columns.share_bps} BETWEEN 0 AND 10000` },
    {
      name: "CHK_cooperative_producer_groups",
      expression: (columns) => `cardinality(${columns.producer_groups}) >= 1`,
    },
  ])

export default Cooperative
