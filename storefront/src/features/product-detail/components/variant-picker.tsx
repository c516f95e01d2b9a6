import { useId } from "react"
import { useMessages } from "@/lib/i18n"
import type { ProductDetail } from "../api/get-product-by-handle"
import { productDetailMessages } from "../messages"
import { valueAvailability, type Selection } from "../utils/select-variant"

interface VariantPickerProps {
  options: NonNullable<ProductDetail["options"]>
  variants: NonNullable<ProductDetail["variants"]>
  selection: Selection
  onChange: (optionId: string, valueId: string) => void
}

/**
 * One radio group per option. Values that would give a sold-out or unmade
 * variant stay choosable, so a buyer can still see what exists, but say so.
 */
export function VariantPicker({ options, variants, selection, onChange }: VariantPickerProps) {
  const t = useMessages(productDetailMessages)
  const name = useId()
  const notes = { available: undefined, sold_out: t("soldOut"), not_made: t("notMade"), not_sold_here: t("notSoldHere") }

  return (
    <div className="variant-picker">
      {options.map((option) => {
        const values = option.values ?? []
        // Nothing to choose: say what it is instead of showing a one-button group.
        if (values.length === 1 && values[0]) {
          return (
            <p key={option.id} className="variant-picker__fixed">
              {t("fixedOption", { option: option.title, value: values[0].value })}
            </p>
          )
        }
        return (
          <fieldset key={option.id} className="variant-picker__option">
            <legend>{option.title}</legend>
            <div className="variant-picker__values">
              {values.map((value) => {
                const note = notes[valueAvailability(variants, options, selection, option.id, value.id)]
                return (
                  <label key={value.id} className="variant-picker__value" data-unavailable={note ? "true" : undefined}>
                    <input
                      type="radio"
                      name={`${name}-${option.id}`}
                      value={value.value}
                      checked={selection[option.id] === value.id}
                      onChange={() => onChange(option.id, value.id)}
                    />
                    <span>
                      {value.value}
                      {/* The space sits outside the note: an inline-block drops its own leading space ("Double(sold out)"). */}
                      {note && (
                        <>
                          {" "}
                          <span className="variant-picker__note">({note})</span>
                        </>
                      )}
                    </span>
                  </label>
                )
              })}
            </div>
          </fieldset>
        )
      })}
    </div>
  )
}
