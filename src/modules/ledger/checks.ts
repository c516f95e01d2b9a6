/**
 * The books' own checks, each a query that should find nothing. They prove
 * the ledger agrees with itself; the comparison with Medusa's orders (what was
 * captured, refunded, taxed and sold) is the ledger-check workflow's.
 */
/** As GET /admin/ledger-check answers it; `examples` holds up to ten ids (transactions, orders, payouts or entries) to start looking from. */
export type { LedgerProblem } from "@cis/contract/ledger-check-response"

const LIVE = "deleted_at IS NULL"
/** A paid payout's own row (what it sent) is held by it too; every other row it holds is an entry it pays for. */
const OWN_SETTLING_ROW = "(e.type = 'payout' AND e.source_line_id = p.id)"

export const LEDGER_CHECKS: [rule: string, description: string, sql: string][] = [
  [
    "ledger_balanced",
    "The whole ledger does not add up to zero in a currency and state: some movement has only one side.",
    `SELECT currency_code || ' ' || state AS id FROM ledger_entry WHERE ${LIVE} GROUP BY currency_code, state HAVING SUM(amount) <> 0`,
  ],
  [
    "transaction_balanced",
    "A movement's rows do not add up to zero (per currency and state).",
    `SELECT transaction_id AS id FROM ledger_entry WHERE transaction_id IS NOT NULL AND ${LIVE}
      GROUP BY transaction_id, currency_code, state HAVING SUM(amount) <> 0`,
  ],
  [
    "order_balanced",
    "An order's rows do not add up to zero (per currency and state): a side of its sale is missing.",
    `SELECT order_id AS id FROM ledger_entry WHERE order_id IS NOT NULL AND type IN ('sale', 'reversal') AND ${LIVE}
      GROUP BY order_id, currency_code, state HAVING SUM(amount) <> 0`,
  ],
  [
    "payout_matches_entries",
    "A draft or paid payout's amount or entry count differs from the entries it holds.",
    `SELECT p.id FROM payout p LEFT JOIN ledger_entry e ON e.payout_id = p.id AND NOT ${OWN_SETTLING_ROW} AND e.${LIVE}
      WHERE p.status <> 'cancelled' AND p.${LIVE}
      GROUP BY p.id, p.amount, p.entry_count HAVING p.amount <> COALESCE(SUM(e.amount), 0) OR p.entry_count <> COUNT(e.id)`,
  ],
  [
    "payout_settled",
    "A paid payout's movement does not settle exactly the entries it holds.",
    `SELECT p.id FROM payout p LEFT JOIN ledger_entry e ON e.payout_id = p.id AND e.${LIVE}
      WHERE p.status = 'paid' AND p.${LIVE}
      GROUP BY p.id HAVING COALESCE(SUM(e.amount), 0) <> 0 OR COUNT(e.id) FILTER (WHERE ${OWN_SETTLING_ROW}) <> 1`,
  ],
  [
    "payout_entries_belong",
    "An entry is held by a cancelled payout, or by one of another cooperative, currency or cut-off date, or is not a cooperative's payable entry.",
    `SELECT e.id FROM ledger_entry e JOIN payout p ON p.id = e.payout_id
      WHERE e.${LIVE} AND NOT ${OWN_SETTLING_ROW} AND (p.status = 'cancelled' OR p.cooperative_id <> e.cooperative_id OR p.currency_code <> e.currency_code
        OR e.account <> 'cooperative' OR e.state <> 'payable' OR e.created_at > p.up_to)`,
  ],
]
