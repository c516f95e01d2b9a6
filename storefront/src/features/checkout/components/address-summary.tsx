import { addressLines } from "@/lib/address-rules"
import type { CheckoutCart } from "../api/get-checkout-cart"
import type { CheckoutCountry } from "./address-form"

/** The saved contact and address, as the parcel label will read. */
export function AddressSummary({ cart, countries }: { cart: CheckoutCart; countries: readonly CheckoutCountry[] }) {
  const address = cart.shipping_address
  const country = countries.find((candidate) => candidate.iso_2 === address?.country_code)?.display_name ?? address?.country_code
  const lines = [...addressLines(address), country, address?.phone].filter((line): line is string => Boolean(line))
  return (
    <div className="checkout-address">
      <p>{cart.email}</p>
      <address>
        {lines.map((line, index) => (
          <span key={index}>
            {line}
            <br />
          </span>
        ))}
      </address>
    </div>
  )
}
