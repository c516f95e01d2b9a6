import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminConfirmStatementLines, AdminImportStatement, AdminGetStatementsParams, AdminUpsertTransferInstructions } from "./validators"
import { NoBody, noQuery } from "../../no-params"
import { listAdminStatementsQueryConfig } from "./statements/query-config"
import { validateBodyWithIssues } from "../../validate-body-with-issues"

/** Who may call: CIS staff only (Medusa authenticates every /admin route as a `user`). */
export const bankTransferAdminMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/bank-transfer/instructions", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/bank-transfer/instructions/:currency", methods: ["DELETE"], middlewares: [noQuery] },
  {
    matcher: "/admin/bank-transfer/instructions/:currency",
    methods: ["POST"],
    middlewares: [noQuery, validateBodyWithIssues(AdminUpsertTransferInstructions)],
  },
  { matcher: "/admin/bank-transfer/awaiting", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/bank-transfer/statements", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetStatementsParams, listAdminStatementsQueryConfig)] },
  {
    matcher: "/admin/bank-transfer/statements",
    methods: ["POST"],
    // A statement of a few thousand rows is a few hundred KB of text; Medusa's JSON default is 100 KB.
    bodyParser: { sizeLimit: "3mb" },
    middlewares: [noQuery, validateAndTransformBody(AdminImportStatement)],
  },
  { matcher: "/admin/bank-transfer/statements/:id", methods: ["GET"], middlewares: [noQuery] },
  {
    matcher: "/admin/bank-transfer/statements/:id/confirm",
    methods: ["POST"],
    middlewares: [noQuery, validateAndTransformBody(AdminConfirmStatementLines)],
  },
  { matcher: "/admin/orders/:id/transfer-received", methods: ["POST"], middlewares: [noQuery, validateAndTransformBody(NoBody)] },
]
