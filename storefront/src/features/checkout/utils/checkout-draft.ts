/**
 * What the buyer typed at checkout, kept in this tab's session storage so a
 * failed attempt, a reload or a trip back to the cart loses none of it.
 * Session, not local: an address should not outlive the visit on a shared computer.
 */

export const DRAFT_KEY = "cis-crafts.checkout-draft"

export const DRAFT_FIELDS = [
  "email",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

export type DraftField = (typeof DRAFT_FIELDS)[number]
export type CheckoutDraft = Record<DraftField, string>

export const EMPTY_DRAFT: CheckoutDraft = Object.fromEntries(DRAFT_FIELDS.map((field) => [field, ""])) as CheckoutDraft

export function loadDraft(): CheckoutDraft | null {
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? "null")
    if (!stored || typeof stored !== "object") return null
    const values = stored as Record<string, unknown>
    return Object.fromEntries(
      DRAFT_FIELDS.map((field) => [field, typeof values[field] === "string" ? values[field] : ""])
    ) as CheckoutDraft
  } catch {
    return null
  }
}

export function saveDraft(draft: CheckoutDraft): void {
  try {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft))
  } catch {
    // Storage disabled or full: the draft then lives only as long as the page.
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(DRAFT_KEY)
  } catch {
    // Nothing was stored.
  }
}

/** A cart that already has an address (an earlier visit) starts the form from it. */
export function draftFromCart(cart: {
  email?: string | null
  shipping_address?: Partial<Record<Exclude<DraftField, "email">, string | null>> | null
}): CheckoutDraft {
  const address = cart.shipping_address ?? {}
  const draft = { ...EMPTY_DRAFT, email: cart.email ?? "" }
  for (const field of DRAFT_FIELDS) {
    if (field !== "email") draft[field] = address[field] ?? ""
  }
  return draft
}

/** An address from a signed-in buyer's address book, as Medusa's customer routes answer it. */
export type SavedAddress = { id: string; is_default_shipping?: boolean } & Partial<Record<Exclude<DraftField, "email">, string | null>>

/** The signed-in buyer, as checkout needs them: who to write to, and where they shipped before. */
export interface CheckoutAccount {
  email: string
  addresses: readonly SavedAddress[]
}

/** A saved address filled into the form, keeping the email the buyer gave (or the account's). */
export function draftFromSaved(address: SavedAddress, email: string): CheckoutDraft {
  const draft = { ...EMPTY_DRAFT, email }
  for (const field of DRAFT_FIELDS) {
    if (field !== "email") draft[field] = address[field] ?? ""
  }
  return draft
}

/** The saved addresses this region ships to, the default first. */
export function savedAddressesFor(account: CheckoutAccount | undefined, countryCodes: readonly string[]): SavedAddress[] {
  return (account?.addresses ?? [])
    .filter((address) => address.country_code && countryCodes.includes(address.country_code.toLowerCase()))
    .sort((a, b) => Number(Boolean(b.is_default_shipping)) - Number(Boolean(a.is_default_shipping)))
}
