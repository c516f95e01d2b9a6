import { readStored } from "@/lib/local-storage"

/**
 * Medusa's JS SDK keeps a signed-in buyer's token in local storage under
 * this key and sends it with every request (carts included, so a cart made
 * while signed in belongs to the account). A guest has none, and then the
 * storefront asks nothing about accounts.
 */
export const SDK_TOKEN_KEY = "medusa_auth_token"

export function hasCustomerToken(): boolean {
  return Boolean(readStored(SDK_TOKEN_KEY))
}
