import { stockOf } from "./stock"

/** Option id -> id of the chosen value: ids, not words, so a choice survives the page switching language. */
export type Selection = Record<string, string>

interface OptionedVariant {
  id: string
  manage_inventory?: boolean | null
  inventory_quantity?: number | null
  options?: { id: string; option_id?: string | null; value: string }[] | null
  calculated_price?: { calculated_amount?: number | string | null } | null
}

interface ProductOption {
  id: string
}

export function selectionOf(variant: OptionedVariant): Selection {
  const selection: Selection = {}
  for (const value of variant.options ?? []) {
    if (value.option_id) selection[value.option_id] = value.id
  }
  return selection
}

/** The variant made in exactly the chosen values of every option, if there is one. */
export function findVariant<V extends OptionedVariant>(
  variants: readonly V[],
  options: readonly ProductOption[],
  selection: Selection
): V | undefined {
  return variants.find((variant) => {
    const values = selectionOf(variant)
    return options.every((option) => values[option.id] === selection[option.id])
  })
}

export function isPurchasable(variant: OptionedVariant): boolean {
  return variant.calculated_price?.calculated_amount != null && stockOf(variant).status !== "out_of_stock"
}

/** Starts on the first variant a buyer can actually buy, so the page opens on something in stock. */
export function initialSelection(variants: readonly OptionedVariant[]): Selection {
  const first = variants.find(isPurchasable) ?? variants[0]
  return first ? selectionOf(first) : {}
}

export type ValueAvailability = "available" | "sold_out" | "not_sold_here" | "not_made"

/** What choosing the value `valueId` for `optionId`, keeping the other choices, would give the buyer. */
export function valueAvailability(
  variants: readonly OptionedVariant[],
  options: readonly ProductOption[],
  selection: Selection,
  optionId: string,
  valueId: string
): ValueAvailability {
  const variant = findVariant(variants, options, { ...selection, [optionId]: valueId })
  if (!variant) return "not_made"
  if (variant.calculated_price?.calculated_amount == null) return "not_sold_here"
  return stockOf(variant).status === "out_of_stock" ? "sold_out" : "available"
}
