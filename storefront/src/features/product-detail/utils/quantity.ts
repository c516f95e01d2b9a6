export type QuantityCheck = { ok: true; quantity: number } | { ok: false; problem: "invalid" | "too_many" }

/** Reads the quantity field: a whole number from 1 up to what is in stock (`max`, when there is a limit). */
export function checkQuantity(text: string, max: number | undefined): QuantityCheck {
  const trimmed = text.trim()
  const quantity = Number(trimmed)
  if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(quantity) || quantity < 1) return { ok: false, problem: "invalid" }
  if (max !== undefined && quantity > max) return { ok: false, problem: "too_many" }
  return { ok: true, quantity }
}
