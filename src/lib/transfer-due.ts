/**
 * What a buyer paying by bank transfer must send, and by when, from the
 * order and the currency's instructions. The reference is the order number
 * with the store's prefix, "CIS-1042": distinctive in a bank's description
 * field, where a bare number is easily mistaken. Pure.
 */
import { formatIban } from "@cis/contract/bank-details"
import type { TransferDetails, TransferDue } from "./email/types"
import { paymentDeadline } from "./unpaid-transfers"

/** Medusa's manual payment provider, which this store offers as "bank transfer". */
export const BANK_TRANSFER_PROVIDER = "pp_system_default"

export const orderReference = (displayId: number) => `CIS-${displayId}`

/** A currency's instructions as staff write them: the details a buyer sends money to, and the days they have. */
export interface InstructionRow extends TransferDetails {
  days_to_pay: number
}

export function transferDetails(row: InstructionRow): TransferDetails {
  return {
    beneficiary: row.beneficiary,
    bank_name: row.bank_name,
    bank_address: row.bank_address,
    account_number: row.account_number,
    iban: row.iban ? formatIban(row.iban) : null,
    swift_bic: row.swift_bic,
    aba_routing: row.aba_routing,
    note: row.note,
  }
}

export function transferDue(
  order: { display_id: number; currency_code: string; created_at: Date; amount_due: number },
  instructions: InstructionRow
): TransferDue {
  return {
    amount_due: order.amount_due,
    currency_code: order.currency_code,
    reference: orderReference(order.display_id),
    deadline: paymentDeadline(order.created_at, instructions.days_to_pay).toISOString(),
    instructions: transferDetails(instructions),
  }
}
