/**
 * Typed access to the bank-transfer admin routes: instructions per
 * currency, orders awaiting a transfer, "transfer received", and bank
 * statement imports with their matches. Amounts are integer minor units.
 * Every mutation refreshes the awaiting list, since each can change it.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { InstructionRow } from "../../lib/transfer-due"
import { postJson } from "./post-json"
import { useRefreshingMutation } from "./queries"
import { sdk } from "./sdk"
import type {
  AdminAwaitingTransfersResponse,
  AdminConfirmStatementResponse,
  AdminStatementListResponse,
  AdminStatementResponse,
  AwaitingTransfer,
  ConfirmResult,
  Statement,
  StatementLine,
  StatementSummary,
} from "@cis/contract/bank-transfer-response"
import type {
  AdminTransferInstructionsDeleteResponse,
  AdminTransferInstructionsListResponse,
  AdminTransferInstructionsResponse,
  TransferCurrency,
  TransferInstructions,
} from "@cis/contract/transfer-instructions-response"

// The routes' own answers, from the contract.
export type { AwaitingTransfer, ConfirmResult, Statement, StatementLine, StatementSummary }

/** What staff write for a currency (the same shape the routes validate and the emails render). */
export type InstructionsBody = InstructionRow

export type { TransferCurrency, TransferInstructions }

export type ImportBody = { file_name: string; content: string; currency_code?: string; date_order?: "dmy" | "mdy" }

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
    queryFn: () => sdk.client.fetch<AdminTransferInstructionsListResponse>("/admin/bank-transfer/instructions"),
  })
}

export function useSaveInstructions() {
  return useRefreshingMutation(
    ({ currency, body }: { currency: string; body: InstructionsBody }) =>
      postJson<AdminTransferInstructionsResponse>(`/admin/bank-transfer/instructions/${currency}`, body),
    [bankTransferKeys.all]
  )
}

export function useDeleteInstructions() {
  return useRefreshingMutation(
    (currency: string) =>
      sdk.client.fetch<AdminTransferInstructionsDeleteResponse>(`/admin/bank-transfer/instructions/${currency}`, { method: "DELETE" }),
    [bankTransferKeys.all]
  )
}

export function useAwaitingTransfers() {
  return useQuery({ queryKey: bankTransferKeys.awaiting(), queryFn: () => sdk.client.fetch<AdminAwaitingTransfersResponse>("/admin/bank-transfer/awaiting") })
}

export function useTransferReceived() {
  return useRefreshingMutation(
    (orderId: string) => sdk.client.fetch(`/admin/orders/${orderId}/transfer-received`, { method: "POST", body: {} }),
    [bankTransferKeys.all],
    { evenOnFailure: true }
  )
}

export function useStatements() {
  return useQuery({
    queryKey: bankTransferKeys.statements(),
    queryFn: () => sdk.client.fetch<AdminStatementListResponse>("/admin/bank-transfer/statements", { query: { limit: 10 } }),
  })
}

export function useStatement(id: string | undefined) {
  return useQuery({
    queryKey: bankTransferKeys.statement(id ?? "none"),
    queryFn: () => sdk.client.fetch<AdminStatementResponse>(`/admin/bank-transfer/statements/${id}`),
    enabled: Boolean(id),
  })
}

export function useImportStatement() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ImportBody) => sdk.client.fetch<AdminStatementResponse>("/admin/bank-transfer/statements", { method: "POST", body }),
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
      sdk.client.fetch<AdminConfirmStatementResponse>(`/admin/bank-transfer/statements/${statementId}/confirm`, {
        method: "POST",
        body: { line_ids: lineIds },
      }),
    onSuccess: (data) => {
      client.setQueryData(bankTransferKeys.statement(statementId), { statement: data.statement })
    },
    onSettled: () => client.invalidateQueries({ queryKey: bankTransferKeys.awaiting() }),
  })
}
