/**
 * The cart (and so the order, which inherits the cart's metadata) records
 * which signed-in customer completed it, if any. Medusa attaches a guest's
 * cart to the registered customer whose email it gives, so an order's
 * customer alone does not say that customer placed it; only an order they
 * placed themselves may write to their address book.
 */
export const PLACED_BY_CUSTOMER_KEY = "placed_by_customer_id"

/** True when the order's metadata names its own customer as the one signed in at completion. */
export function placedBySignedInCustomer(order: { customer_id?: string | null; metadata?: Record<string, unknown> | null }): boolean {
  return Boolean(order.customer_id) && order.metadata?.[PLACED_BY_CUSTOMER_KEY] === order.customer_id
}
