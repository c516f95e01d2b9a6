import { useMutation } from "@tanstack/react-query"
import { coordinatorFetchFile } from "./client"

/**
 * A plain link cannot carry the bearer token, so the statement is fetched
 * here and handed to the browser as a download from a Blob URL.
 */
export async function downloadStatement({ payoutId, language }: { payoutId: string; language: string }): Promise<void> {
  // The statement comes in the portal's language: headings, kinds of movement and the file's name.
  const { blob, filename } = await coordinatorFetchFile(`/coordinator/payouts/${encodeURIComponent(payoutId)}/statement.csv`, { lang: language })
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename ?? `payout-statement-${payoutId}.csv`
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function useDownloadStatement() {
  return useMutation({ mutationFn: downloadStatement })
}
