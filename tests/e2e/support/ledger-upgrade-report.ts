/**
 * Runs in today's tree with `medusa exec`, after `medusa db:migrate` upgraded
 * a database written by the code before the double-entry ledger: prints the
 * ledger check (against Medusa) and the balances, for tests/e2e/ledger-upgrade.test.ts.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { LEDGER_MODULE } from "../../../src/modules/ledger"
import type LedgerModuleService from "../../../src/modules/ledger/service"
import { checkLedgerWorkflow } from "../../../src/workflows/check-ledger"

export default async function ledgerUpgradeReport({ container }: ExecArgs) {
  const { result } = await checkLedgerWorkflow(container).run({ input: { from: "2000-01-01T00:00:00.000Z", to: new Date(Date.now() + 60_000).toISOString() } })
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const balances = await ledger.allCooperativeBalances()
  const rows = await ledger.listLedgerEntries({}, { take: null })
  process.stdout.write(`UPGRADED ${JSON.stringify({ check: result, balances, rows })}\n`)
}
