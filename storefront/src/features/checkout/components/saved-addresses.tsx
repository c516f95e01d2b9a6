import { useId } from "react"
import { useMessages } from "@/lib/i18n"
import { checkoutMessages } from "../messages"
import type { SavedAddress } from "../utils/checkout-draft"

/** A signed-in buyer's addresses for this region, each one click from filling the form. */
export function SavedAddresses({ addresses, onPick }: { addresses: readonly SavedAddress[]; onPick: (address: SavedAddress) => void }) {
  const t = useMessages(checkoutMessages)
  const headingId = useId()
  if (addresses.length === 0) return null
  return (
    <div className="checkout-saved" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="checkout-saved__title">
        {t("savedAddresses")}
      </p>
      <ul>
        {addresses.map((address) => {
          const lines = [
            [address.first_name, address.last_name].filter(Boolean).join(" "),
            address.address_1,
            [address.postal_code, address.city].filter(Boolean).join(" "),
            address.country_code?.toUpperCase(),
          ].filter(Boolean)
          return (
            <li key={address.id}>
              <span>{lines.join(", ")}</span>{" "}
              <button type="button" className="link-button" aria-label={t("useSavedAddressNamed", { address: lines.join(", ") })} onClick={() => onPick(address)}>
                {t("useSavedAddress")}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
