/** The parts of an address that decide where a parcel goes; names and phone included, so a gift address stays apart. */
const ADDRESS_PARTS = ["first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"] as const

export type AddressParts = Partial<Record<(typeof ADDRESS_PARTS)[number], string | null>>

const normal = (value: string | null | undefined) => (value ?? "").trim().replace(/\s+/g, " ").toLowerCase()

/** Whether two addresses are the same one, ignoring case, spacing and empty-versus-missing. */
export function sameAddress(a: AddressParts, b: AddressParts): boolean {
  return ADDRESS_PARTS.every((part) => normal(a[part]) === normal(b[part]))
}

export function addressParts(address: AddressParts): Required<AddressParts> {
  return Object.fromEntries(ADDRESS_PARTS.map((part) => [part, address[part] ?? null])) as Required<AddressParts>
}
