/** The body schema is the contract's, shared with the dashboard's form. */
export { AdminInviteCoordinator, type AdminInviteCoordinatorType } from "@cis/contract/coordinator-invite"
