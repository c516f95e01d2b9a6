import type { StoreCraftOrigin } from "@cis/contract/craft-origin-response"
import { COOPERATIVE_SUMMARY_FIELDS, PUBLIC_CRAFT_ORIGIN_FIELDS } from "../../../modules/cooperative/types"
import { contractFields } from "../../contract-fields"

/**
 * The craft origin fields the store answers with (Medusa's own product route
 * serves them): exactly the fields of the contract's StoreCraftOrigin, so a
 * field renamed, added or left out on either side fails to compile.
 */
const STORE_CRAFT_ORIGIN_FIELDS = contractFields<StoreCraftOrigin>()(PUBLIC_CRAFT_ORIGIN_FIELDS)

/** Fields of linked records the store may read on a product: public ones only. */
export const STORE_PRODUCT_LINKED_FIELDS = [
  ...COOPERATIVE_SUMMARY_FIELDS.map((field) => `cooperative.${field}`),
  ...STORE_CRAFT_ORIGIN_FIELDS.map((field) => `craft_origin.${field}`),
]

const EXPANSIONS: Record<string, string[]> = {
  cooperative: COOPERATIVE_SUMMARY_FIELDS.map((field) => `+cooperative.${field}`),
  craft_origin: STORE_CRAFT_ORIGIN_FIELDS.map((field) => `+craft_origin.${field}`),
}

/**
 * Medusa drops a `*cooperative` it is not allowed to expand whole (that would
 * include bank details), so each such request is rewritten into the public
 * fields it may have. Other fields pass through unchanged.
 */
export function expandLinkedFields(fields: string): string {
  return fields
    .split(",")
    .flatMap((field) => {
      const name = field.trim().replace(/^\+/, "").replace(/^\*/, "").replace(/\.\*$/, "")
      const isWhole = /^\+?\*/.test(field.trim()) || field.trim().endsWith(".*")
      return isWhole && EXPANSIONS[name] ? EXPANSIONS[name] : [field]
    })
    .join(",")
}
