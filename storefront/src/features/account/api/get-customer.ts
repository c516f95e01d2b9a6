import { useQuery } from "@tanstack/react-query"
import { FetchError } from "@medusajs/js-sdk"
import { getMedusa } from "@/lib/medusa"
import { accountKeys } from "./query-keys"
import { hasCustomerToken } from "./session"

export interface CustomerAddress {
  id: string
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
  is_default_shipping: boolean
}

export interface Customer {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  addresses: CustomerAddress[]
}

/** The signed-in buyer, or null for a guest or a sign-in that expired (its token is dropped). */
export async function getCustomer(): Promise<Customer | null> {
  if (!hasCustomerToken()) return null
  const sdk = await getMedusa()
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name,*addresses" })
    return customer as unknown as Customer
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) {
      sdk.client.clearToken()
      return null
    }
    throw error
  }
}

export function useCustomer() {
  return useQuery({ queryKey: accountKeys.customer(), queryFn: getCustomer, staleTime: 60_000 })
}
