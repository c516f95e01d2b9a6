import { useId, useMemo, type FormEvent, type HTMLInputAutoCompleteAttribute } from "react"
import { needsProvince, postalExample } from "@/lib/address-rules"
import { describeError } from "@/lib/describe-error"
import { useLocale, useMessages } from "@/lib/i18n"
import { checkoutMessages } from "../messages"
import { DRAFT_FIELDS, type CheckoutDraft, type DraftField } from "../utils/checkout-draft"
import { REQUIRED_FIELDS, validateDraft, type DraftProblems } from "../utils/validate-draft"

export interface CheckoutCountry {
  iso_2: string
  display_name: string
}

interface AddressFormProps {
  draft: CheckoutDraft
  countries: readonly CheckoutCountry[]
  onChange: (field: DraftField, value: string) => void
  /** Called with a draft that passed validation. */
  onSave: (draft: CheckoutDraft) => void
  problems: DraftProblems
  onProblems: (problems: DraftProblems) => void
  saving: boolean
  saveError: unknown
}

type TextField = Exclude<DraftField, "country_code">

const INPUTS: { field: TextField; label: "email" | "firstName" | "lastName" | "address1" | "address2" | "city" | "province" | "postalCode" | "phone"; autoComplete: HTMLInputAutoCompleteAttribute; type?: string; hint?: "emailHint" | "phoneHint" }[] = [
  { field: "email", label: "email", autoComplete: "email", type: "email", hint: "emailHint" },
  { field: "first_name", label: "firstName", autoComplete: "given-name" },
  { field: "last_name", label: "lastName", autoComplete: "family-name" },
  { field: "address_1", label: "address1", autoComplete: "address-line1" },
  { field: "address_2", label: "address2", autoComplete: "address-line2" },
  { field: "city", label: "city", autoComplete: "address-level2" },
  { field: "province", label: "province", autoComplete: "address-level1" },
  { field: "postal_code", label: "postalCode", autoComplete: "postal-code" },
]

export function AddressForm({ draft, countries, onChange, onSave, problems, onProblems, saving, saveError }: AddressFormProps) {
  // Countries in the buyer's language ("España", "Alemania"), not the store's English names.
  const locale = useLocale()
  const regionNames = useMemo(() => {
    try {
      return new Intl.DisplayNames([locale], { type: "region" })
    } catch {
      return undefined
    }
  }, [locale])
  const countryName = (country: { iso_2: string; display_name: string }) => regionNames?.of(country.iso_2.toUpperCase()) ?? country.display_name
  // In the reader's alphabet: "Alemania" before "Francia" for a Spanish reader, "France" before "Germany" in English.
  const sortedCountries = [...countries].sort((a, b) => new Intl.Collator(locale).compare(countryName(a), countryName(b)))
  const t = useMessages(checkoutMessages)
  const formId = useId()
  const idOf = (field: DraftField) => `${formId}-${field}`
  const problemText = (field: DraftField) => {
    const problem = problems[field]
    if (problem === "required") return t("required")
    if (problem === "email") return t("invalidEmail")
    if (problem === "country") return t("invalidCountry")
    if (problem === "postal") return t("invalidPostal", { example: postalExample(draft.country_code) ?? "" })
    if (problem === "province") return t("provinceNeeded")
    return undefined
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = validateDraft(draft, countries.map((country) => country.iso_2))
    onProblems(found)
    const first = DRAFT_FIELDS.find((field) => found[field])
    if (first) {
      document.getElementById(idOf(first))?.focus()
      return
    }
    onSave(draft)
  }

  const describedBy = (field: DraftField, hint: boolean) =>
    [problems[field] ? `${idOf(field)}-problem` : "", hint ? `${idOf(field)}-hint` : ""].filter(Boolean).join(" ") || undefined

  // The US and Canada need a state or province on the label; elsewhere it stays optional.
  const provinceNeeded = needsProvince(draft.country_code)
  const textInput = ({ field, label, autoComplete, type = "text", hint }: (typeof INPUTS)[number]) => (
    <div key={field} className={`checkout-field checkout-field--${field}`}>
      <label htmlFor={idOf(field)}>{field === "province" && provinceNeeded ? t("provinceRequired") : t(label)}</label>
      <input
        id={idOf(field)}
        className="control"
        type={type}
        autoComplete={autoComplete}
        value={draft[field]}
        onChange={(event) => onChange(field, event.target.value)}
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={describedBy(field, Boolean(hint))}
        aria-required={REQUIRED_FIELDS.includes(field) || (field === "province" && provinceNeeded) || undefined}
      />
      {hint && (
        <p id={`${idOf(field)}-hint`} className="checkout-field__hint">
          {t(hint)}
        </p>
      )}
      {problems[field] && (
        <p id={`${idOf(field)}-problem`} className="checkout-field__problem">
          {problemText(field)}
        </p>
      )}
    </div>
  )

  // The page puts a single-country region's country in the draft; otherwise the buyer picks.
  const countryValue = countries.some((country) => country.iso_2 === draft.country_code) ? draft.country_code : ""
  const hasProblems = Object.keys(problems).length > 0

  return (
    <form className="checkout-form" onSubmit={submit} noValidate aria-describedby={hasProblems ? `${formId}-summary` : undefined}>
      {hasProblems && (
        <p id={`${formId}-summary`} className="checkout-field__problem" role="alert">
          {t("fixErrors")}
        </p>
      )}
      <div className="checkout-form__grid">
        {INPUTS.map(textInput)}
        <div className="checkout-field checkout-field--country_code">
          <label htmlFor={idOf("country_code")}>{t("country")}</label>
          <select
            className="control"
            id={idOf("country_code")}
            autoComplete="country"
            value={countryValue}
            onChange={(event) => onChange("country_code", event.target.value)}
            aria-invalid={problems.country_code ? true : undefined}
            aria-describedby={describedBy("country_code", false)}
            aria-required="true"
          >
            {countries.length !== 1 && <option value="">{t("chooseCountry")}</option>}
            {sortedCountries.map((country) => (
              <option key={country.iso_2} value={country.iso_2}>
                {countryName(country)}
              </option>
            ))}
          </select>
          {problems.country_code && (
            <p id={`${idOf("country_code")}-problem`} className="checkout-field__problem">
              {problemText("country_code")}
            </p>
          )}
        </div>
        {textInput({ field: "phone", label: "phone", autoComplete: "tel", type: "tel", hint: "phoneHint" })}
      </div>
      {saveError !== undefined && saveError !== null && (
        <div role="alert" className="checkout-problem">
          <p>{t("saveFailed")}</p>
          <p>{describeError(saveError)}</p>
        </div>
      )}
      <button type="submit" className="button" disabled={saving}>
        {saving ? t("savingAddress") : t("saveAddress")}
      </button>
    </form>
  )
}
