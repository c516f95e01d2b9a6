import type { ICustomerModuleService } from "@medusajs/framework/types"

/**
 * The guest customer (no account) for an email, created when there is none.
 * Medusa allows one guest and one registered customer per email; a
 * concurrent creation of the same guest loses the unique index and reads the
 * winner's.
 */
export async function guestCustomerId(customers: ICustomerModuleService, email: string): Promise<string> {
  const find = async () => (await customers.listCustomers({ email, has_account: false }, { select: ["id"], take: 1 }))[0]?.id
  const existing = await find()
  if (existing) return existing
  try {
    return (await customers.createCustomers({ email })).id
  } catch (error) {
    const winner = await find()
    if (winner) return winner
    throw error
  }
}
