import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { fromMinorUnits, toMinorUnits } from "@cis/contract/currency"

type Raw = { value: string } | null | undefined
type PaymentRow = { id: string; currency_code: string; raw_amount: Raw; captures?: { raw_amount: Raw }[] | null; refunds?: { raw_amount: Raw }[] | null }

/**
 * Medusa lets a refund exceed what is left of the capture by up to one minor
 * unit (its epsilon), and a refund of that cent would take money the ledger
 * never received. Checked in minor units, exactly, before Medusa's own route
 * runs; Medusa's route still validates the rest of the body.
 */
export async function refuseRefundBeyondCaptured(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "currency_code", "raw_amount", "captures.raw_amount", "refunds.raw_amount"],
    filters: { id: req.params.id },
  })
  const payment = data[0] as PaymentRow | undefined
  if (!payment) return next() // Medusa's route answers 404 for an unknown payment.
  const minor = (raw: Raw) => toMinorUnits(raw?.value ?? "0", payment.currency_code)
  const captured = (payment.captures ?? []).reduce((sum, c) => sum + minor(c.raw_amount), 0n)
  const refunded = (payment.refunds ?? []).reduce((sum, r) => sum + minor(r.raw_amount), 0n)
  const left = captured - refunded
  const body = (req.body ?? {}) as { amount?: unknown }
  let asked: bigint
  try {
    // Without an amount Medusa refunds the whole payment.
    asked = body.amount === undefined || body.amount === null ? minor(payment.raw_amount) : toMinorUnits(body.amount as number | string, payment.currency_code)
  } catch {
    return next() // not an amount at all: Medusa's own validation answers it
  }
  if (asked > left) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `amount: at most ${fromMinorUnits(left < 0n ? 0n : left, payment.currency_code)} ${payment.currency_code.toUpperCase()} can be refunded (captured ${fromMinorUnits(captured, payment.currency_code)}, already refunded ${fromMinorUnits(refunded, payment.currency_code)})`
    )
  }
  next()
}
