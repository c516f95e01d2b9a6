import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fromMinorUnits } from "@cis/contract/currency"
import type { ParsedStatement } from "../../../lib/bank-statement"
import { proposeMatch } from "../../../lib/statement-match"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { listAwaitingTransfers } from "../../steps/order-transfers"

export interface StoreStatementInput {
  file_name: string
  imported_by: string
  parsed: ParsedStatement
}

const format = (minor: number, currency: string) => `${fromMinorUnits(minor, currency)} ${currency.toUpperCase()}`

export const storeStatementStepId = "store-bank-statement"

/**
 * Keeps the file's new credits with a proposal each (lines already imported,
 * by fingerprint, are counted and left as they were) against the orders
 * awaiting a transfer now. Undone by deleting the import and its new lines.
 */
export const storeStatementStep = createStep(
  storeStatementStepId,
  async (input: StoreStatementInput, { container }) => {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const { credits, skipped } = input.parsed
    const known = credits.length
      ? await bank.listStatementLines({ fingerprint: credits.map((c) => c.fingerprint) }, { select: ["id", "fingerprint"] })
      : []
    const knownFingerprints = new Set(known.map((line) => line.fingerprint))
    const fresh = credits.filter((credit) => !knownFingerprints.has(credit.fingerprint))
    const awaiting = (await listAwaitingTransfers(container)).map((order) => ({
      order_id: order.order_id,
      display_id: order.display_id,
      currency_code: order.currency_code,
      amount_due: order.amount_due,
      payment_id: order.payment!.id,
    }))
    // Orders an earlier line (of this file or of one before, still unconfirmed) already proposes to pay.
    const pending = await bank.listStatementLines({ status: ["proposed", "over"], order_id: awaiting.map((o) => o.order_id) }, { select: ["order_id"] })
    const claimed = new Set(pending.map((line) => line.order_id!))
    const lines = fresh.map((credit) => {
      const proposal = proposeMatch(credit, awaiting, format, claimed)
      if (proposal.order_id && (proposal.status === "proposed" || proposal.status === "over")) claimed.add(proposal.order_id)
      return { ...credit, ...proposal }
    })
    const created = await bank.createStatementImports({
      file_name: input.file_name,
      imported_by: input.imported_by,
      credit_count: credits.length,
      duplicate_count: credits.length - fresh.length,
      skipped_count: skipped,
    })
    if (lines.length > 0) await bank.createStatementLines(lines.map((line) => ({ ...line, import_id: created.id })))
    return new StepResponse({ id: created.id }, created.id)
  },
  async (importId, { container }) => {
    if (!importId) return
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const lines = await bank.listStatementLines({ import_id: importId }, { select: ["id"] })
    if (lines.length) await bank.deleteStatementLines(lines.map((line) => line.id))
    await bank.deleteStatementImports(importId)
  }
)
