/**
 * How addresses are written and checked per country: the postal code's shape,
 * whether a state or province is needed, and the order a label prints them in.
 * Carriers refuse a US parcel without a state or with a ZIP of letters, and a
 * US label reads "City, ST 12345", not "12345 City".
 */

interface CountryAddressRule {
  /** The postal code's shape, tested on the trimmed, upper-cased entry. */
  postal: RegExp
  /** A real code, shown in the message so the buyer sees what is expected. */
  example: string
  /** State or province codes when the carrier needs one; the buyer may also type the full name. */
  provinces?: Record<string, string>
}

const US_STATES: Record<string, string> = Object.fromEntries(
  (
    "AL Alabama,AK Alaska,AZ Arizona,AR Arkansas,CA California,CO Colorado,CT Connecticut,DE Delaware,DC District of Columbia,FL Florida,GA Georgia," +
    "HI Hawaii,ID Idaho,IL Illinois,IN Indiana,IA Iowa,KS Kansas,KY Kentucky,LA Louisiana,ME Maine,MD Maryland,MA Massachusetts,MI Michigan," +
    "MN Minnesota,MS Mississippi,MO Missouri,MT Montana,NE Nebraska,NV Nevada,NH New Hampshire,NJ New Jersey,NM New Mexico,NY New York," +
    "NC North Carolina,ND North Dakota,OH Ohio,OK Oklahoma,OR Oregon,PA Pennsylvania,RI Rhode Island,SC South Carolina,SD South Dakota," +
    "TN Tennessee,TX Texas,UT Utah,VT Vermont,VA Virginia,WA Washington,WV West Virginia,WI Wisconsin,WY Wyoming,PR Puerto Rico,GU Guam," +
    "VI U.S. Virgin Islands,AS American Samoa,MP Northern Mariana Islands,AA Armed Forces Americas,AE Armed Forces Europe,AP Armed Forces Pacific"
  )
    .split(",")
    .map((entry) => [entry.slice(0, 2), entry.slice(3)])
)

const CA_PROVINCES: Record<string, string> = {
  AB: "Alberta",
  BC: "British Columbia",
  MB: "Manitoba",
  NB: "New Brunswick",
  NL: "Newfoundland and Labrador",
  NS: "Nova Scotia",
  NT: "Northwest Territories",
  NU: "Nunavut",
  ON: "Ontario",
  PE: "Prince Edward Island",
  QC: "Quebec",
  SK: "Saskatchewan",
  YT: "Yukon",
}

const RULES: Record<string, CountryAddressRule> = {
  us: { postal: /^\d{5}(-\d{4})?$/, example: "94110", provinces: US_STATES },
  ca: { postal: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, example: "K1A 0B1", provinces: CA_PROVINCES },
  gb: { postal: /^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}$/, example: "SW1A 1AA" },
  de: { postal: /^\d{5}$/, example: "10115" },
  fr: { postal: /^\d{5}$/, example: "75001" },
  es: { postal: /^\d{5}$/, example: "28001" },
  it: { postal: /^\d{5}$/, example: "00184" },
  nl: { postal: /^\d{4} ?[A-Z]{2}$/, example: "1012 AB" },
  be: { postal: /^\d{4}$/, example: "1000" },
  at: { postal: /^\d{4}$/, example: "1010" },
  // Eircodes: a routing key and a unique identifier.
  ie: { postal: /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/, example: "D02 X285" },
  sv: { postal: /^\d{4}$/, example: "1101" },
}

export type AddressProblem = "postal" | "province"

/** The province's code when the country uses codes ("ca", "California" and "CA" all give "CA"), else the text as typed. */
export function provinceCode(countryCode: string, province: string): string | undefined {
  const provinces = RULES[countryCode.toLowerCase()]?.provinces
  const typed = province.trim()
  if (!provinces) return typed || undefined
  const upper = typed.toUpperCase()
  if (provinces[upper]) return upper
  return Object.keys(provinces).find((code) => provinces[code]!.toUpperCase() === upper)
}

/** What is wrong with the postal code and province for this country; an empty object when nothing is. */
export function checkAddress(countryCode: string, postalCode: string, province: string): Partial<Record<"postal_code" | "province", AddressProblem>> {
  const rule = RULES[countryCode.toLowerCase()]
  if (!rule) return {}
  const problems: Partial<Record<"postal_code" | "province", AddressProblem>> = {}
  const postal = postalCode.trim().toUpperCase()
  if (postal && !rule.postal.test(postal)) problems.postal_code = "postal"
  if (rule.provinces && !provinceCode(countryCode, province)) problems.province = "province"
  return problems
}

export function postalExample(countryCode: string): string | undefined {
  return RULES[countryCode.toLowerCase()]?.example
}

export function needsProvince(countryCode: string): boolean {
  return Boolean(RULES[countryCode.toLowerCase()]?.provinces)
}

interface PrintableAddress {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
}

/** The address's lines in the order the destination's post reads them (country name added by the caller). */
export function addressLines(address: PrintableAddress | null | undefined): string[] {
  if (!address) return []
  const join = (parts: (string | null | undefined)[], separator = " ") => parts.filter(Boolean).join(separator)
  const country = address.country_code?.toLowerCase() ?? ""
  let locality: string[]
  if (country === "us" || country === "ca") {
    // "San Francisco, CA 94110"
    locality = [join([address.city, join([address.province, address.postal_code])], ", ")]
  } else if (country === "gb" || country === "ie") {
    // The town, then the postcode on its own line.
    locality = [address.city ?? "", address.province ?? "", address.postal_code ?? ""]
  } else {
    // "10115 Berlin", the region below.
    locality = [join([address.postal_code, address.city]), address.province ?? ""]
  }
  return [join([address.first_name, address.last_name]), address.address_1 ?? "", address.address_2 ?? "", ...locality].filter(Boolean)
}
