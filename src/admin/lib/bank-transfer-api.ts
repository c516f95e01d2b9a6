/**
 * Typed access to the bank-transfer admin routes: instructions per
 * currency, orders awaiting a transfer, "transfer received", and bank
 * statement imports with their matches. Amounts are integer minor units.
 * Every mutation refreshes the awaiting list, since each can change it.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { InstructionRow } from "../../lib/transfer-due"
import { postJson } from "./post-json"
import { sdk } from "./sdk"

/** What staff write for a currency (the same shape the routes validate and the emails render). */
export type InstructionsBody = InstructionRow

export type TransferInstructions = InstructionsBody & { id: string; currency_code: string; is_example: boolean; updated_at: string }

export type TransferCurrency = { currency_code: string; region_names: string[]; has_instructions: boolean; is_example: boolean }

export type InstructionsResponse = { instructions: TransferInstructions[]; currencies: TransferCurrency[] }


export type AwaitingTransfer = {
  order_id: string
  display_id: number
  reference: string
  email: string | null
  currency_code: string
  amount_due: number
  placed_at: string
  days_waiting: number
  deadline: string
  reminder_sent_at: string | null
  cancels_at: string
}

export type AwaitingResponse = { orders: AwaitingTransfer[]; count: number; settings: { reminder_days: number; cancel_days: number } }

export type StatementLine = {
  id: string
  row_number: number
  booked_on: string
  amount: number
  currency_code: string
  description: string
  status: "proposed" | "over" | "partial" | "unmatched" | "confirmed"
  note: string | null
  order_id: string | null
  order_display_id: number | null
  expected_amount: number | null
  confirmed_at: string | null
}

export type Statement = {
  id: string
  file_name: string
  credit_count: number
  duplicate_count: number
  skipped_count: number
  created_at: string
  lines: StatementLine[]
}

export type StatementSummary = Omit<Statement, "lines">

export type ImportBody = { file_name: string; content: string; currency_code?: string; date_order?: "dmy" | "mdy" }
export type ConfirmResult = { line_id: string; row_number: number; captured: boolean; message: string | null }

export const bankTransferKeys = {
  all: ["bank-transfer"] as const,
  instructions: () => [...bankTransferKeys.all, "instructions"] as const,
  awaiting: () => [...bankTransferKeys.all, "awaiting"] as const,
  statements: () => [...bankTransferKeys.all, "statements"] as const,
  statement: (id: string) => [...bankTransferKeys.statements(), id] as const,
}

export function useTransferInstructions() {
  return useQuery({
    queryKey: bankTransferKeys.instructions(),
    queryFn: () => sdk.client.fetch<InstructionsResponse>("/admin/bank-transfer/instructions"),
  })
}

export function useSaveInstructions() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ currency, body }: { currency: string; body: InstructionsBody }) =>
      postJson<{ instructions: TransferInstructions }>(`/admin/bank-transfer/instructions/${currency}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: bankTransferKeys.all }),
  })
}

export function useDeleteInstructions() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (currency: string) => sdk.client.fetch(`/admin/bank-transfer/instructions/${currency}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: bankTransferKeys.all }),
  })
}

export function useAwaitingTransfers() {
  return useQuery({ queryKey: bankTransferKeys.awaiting(), queryFn: () => sdk.client.fetch<AwaitingResponse>("/admin/bank-transfer/awaiting") })
}

export function useTransferReceived() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (orderId: string) => sdk.client.fetch(`/admin/orders/${orderId}/transfer-received`, { method: "POST", body: {} }),
    onSettled: () => client.invalidateQueries({ queryKey: bankTransferKeys.all }),
  })
}

export function useStatements() {
  return useQuery({
    queryKey: bankTransferKeys.statements(),
    queryFn: () => sdk.client.fetch<{ statements: StatementSummary[]; count: number }>("/admin/bank-transfer/statements", { query: { limit: 10 } }),
  })
}

export function useStatement(id: string | undefined) {
  return useQuery({
    queryKey: bankTransferKeys.statement(id ?? "none"),
    queryFn: () => sdk.client.fetch<{ statement: Statement }>(`/admin/bank-transfer/statements/${id}`),
    enabled: Boolean(id),
  })
}

export function useImportStatement() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ImportBody) => sdk.client.fetch<{ statement: Statement }>("/admin/bank-transfer/statements", { method: "POST", body }),
    onSuccess: (data) => {
      client.setQueryData(bankTransferKeys.statement(data.statement.id), data)
      void client.invalidateQueries({ queryKey: bankTransferKeys.statements() })
    },
  })
}

export function useConfirmLines(statementId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (lineIds: string[]) =>
      sdk.client.fetch<{ results: ConfirmResult[]; statement: Statement }>(`/admin/bank-transfer/statements/${statementId}/confirm`, {
        method: "POST",
        body: { line_ids: lineIds },
      }),
    onSuccess: (data) => {
      client.setQueryData(bankTransferKeys.statement(statementId), { statement: data.statement })
    },
    onSettled: () => client.invalidateQueries({ queryKey: bankTransferKeys.awaiting() }),
  })
}
