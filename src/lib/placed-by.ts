/**
 * The cart (and so the order, which inherits the cart's metadata) records
 * which signed-in customer completed it, if any. Medusa attaches a guest's
 * cart to the registered customer whose email it gives; the store moves such
 * a cart (or order) to a guest customer of that email, so a stranger who
 * signs up with someone's email never sees the orders that person places as
 * a guest, and a guest never writes into a registered buyer's address book.
 * Only the store writes this key: a client's cart write carrying it is
 * refused (src/api/store/carts/mark-placed-by.ts).
 */
export const PLACED_BY_CUSTOMER_KEY = "placed_by_customer_id"

type Placed = { customer_id?: string | null; metadata?: Record<string, unknown> | null }

/** True when the order's metadata names its own customer as the one signed in at completion. */
export function placedBySignedInCustomer(order: Placed): boolean {
  return Boolean(order.customer_id) && order.metadata?.[PLACED_BY_CUSTOMER_KEY] === order.customer_id
}

/**
 * True when a cart or order sits on a registered customer who was not the
 * one signed in when it was completed: it belongs to a guest of that email.
 */
export function belongsToGuest(customer: { id: string; has_account?: boolean | null } | null | undefined, signedInCustomerId: unknown): boolean {
  return Boolean(customer?.has_account) && signedInCustomerId !== customer!.id
}
