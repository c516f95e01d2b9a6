import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminCreateCooperative, AdminUpdateCooperative } from "@cis/contract/cooperative"
import { listAdminCooperativesQueryConfig } from "./cooperatives/query-config"
import { AdminAssignCooperativeProducts, AdminGetCooperativesParams } from "./cooperatives/validators"
import { validateBodyWithIssues } from "../validate-body-with-issues"
import { AdminInviteCoordinator } from "./cooperatives/[id]/coordinators/validators"
import { AdminGetStockChangesParams } from "./stock-changes/validators"
import { listAdminStockChangesQueryConfig } from "./stock-changes/query-config"
import { listAdminLedgerEntriesQueryConfig } from "./ledger-entries/query-config"
import { listAdminAdvancesQueryConfig, listAdminPayoutsQueryConfig } from "./payouts/query-config"
import { AdminCreateAdjustment } from "./ledger-entries/adjustments/validators"
import { AdminMonthParams } from "./month-params"
import { AdminGetLedgerEntriesParams } from "./ledger-entries/validators"
import { AdminLedgerCheckParams } from "./ledger-check/validators"
import { AdminCreateAdvance, AdminCreatePayout, AdminGetAdvancesParams, AdminGetPayoutsParams, AdminMarkPayoutPaid } from "./payouts/validators"
import { refuseRefundBeyondCaptured } from "./payments/refund-guard"
import { AdminUpsertCraftOrigin } from "./products/[id]/craft-origin/validators"
import { AdminUpdateRevenueSplit } from "./revenue-split/validators"
import { NoBody, noQuery } from "../no-params"

/** Who may call: CIS staff only (Medusa authenticates every /admin route as a `user`). */
export const adminMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/cooperatives", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetCooperativesParams, listAdminCooperativesQueryConfig)] },
  { matcher: "/admin/cooperatives", methods: ["POST"], middlewares: [noQuery, validateBodyWithIssues(AdminCreateCooperative)] },
  { matcher: "/admin/cooperatives/:id", methods: ["GET", "DELETE"], middlewares: [noQuery] },
  { matcher: "/admin/cooperatives/:id/balances", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/cooperatives/:id/coordinators", methods: ["GET"], middlewares: [noQuery] },
  {
    matcher: "/admin/cooperatives/:id/coordinators",
    methods: ["POST"],
    middlewares: [noQuery, validateBodyWithIssues(AdminInviteCoordinator)],
  },
  {
    matcher: "/admin/coordinators/:id/deactivate",
    methods: ["POST"],
    middlewares: [noQuery, validateAndTransformBody(NoBody)],
  },
  { matcher: "/admin/cooperatives/:id", methods: ["POST"], middlewares: [noQuery, validateBodyWithIssues(AdminUpdateCooperative)] },
  {
    matcher: "/admin/cooperatives/:id/products",
    methods: ["POST"],
    middlewares: [noQuery, validateAndTransformBody(AdminAssignCooperativeProducts)],
  },
  { matcher: "/admin/products/:id/craft-origin", methods: ["GET", "DELETE"], middlewares: [noQuery] },
  {
    matcher: "/admin/products/:id/craft-origin",
    methods: ["POST"],
    middlewares: [noQuery, validateBodyWithIssues(AdminUpsertCraftOrigin)],
  },
  { matcher: "/admin/revenue-split", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/ledger-entries", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetLedgerEntriesParams, listAdminLedgerEntriesQueryConfig)] },
  {
    matcher: "/admin/ledger-entries/monthly-summary.csv",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminMonthParams, {})],
  },
  { matcher: "/admin/ledger-check", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminLedgerCheckParams, {})] },
  {
    matcher: "/admin/card-payments/monthly-report",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminMonthParams, {})],
  },
  {
    matcher: "/admin/card-payments/monthly-report.csv",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminMonthParams, {})],
  },
  { matcher: "/admin/stock-changes", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetStockChangesParams, listAdminStockChangesQueryConfig)] },
  { matcher: "/admin/cooperative-balances", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/payouts/:id/statement.csv", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/payouts", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetPayoutsParams, listAdminPayoutsQueryConfig)] },
  { matcher: "/admin/payouts", methods: ["POST"], middlewares: [noQuery, validateBodyWithIssues(AdminCreatePayout)] },
  { matcher: "/admin/payouts/:id", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/payouts/:id/mark-paid", methods: ["POST"], middlewares: [noQuery, validateBodyWithIssues(AdminMarkPayoutPaid)] },
  { matcher: "/admin/payouts/:id/cancel", methods: ["POST"], middlewares: [noQuery, validateAndTransformBody(NoBody)] },
  {
    matcher: "/admin/ledger-entries/adjustments",
    methods: ["POST"],
    middlewares: [noQuery, validateBodyWithIssues(AdminCreateAdjustment)],
  },
  { matcher: "/admin/revenue-split", methods: ["POST"], middlewares: [noQuery, validateBodyWithIssues(AdminUpdateRevenueSplit)] },
  { matcher: "/admin/advances", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetAdvancesParams, listAdminAdvancesQueryConfig)] },
  { matcher: "/admin/advances", methods: ["POST"], middlewares: [noQuery, validateBodyWithIssues(AdminCreateAdvance)] },
  // Medusa's own refund route: the store refuses any refund beyond what is captured and not yet refunded, to the minor unit.
  { matcher: "/admin/payments/:id/refund", methods: ["POST"], middlewares: [refuseRefundBeyondCaptured] },
]
