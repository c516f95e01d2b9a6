/**
 * The fields every money form about one cooperative has: which cooperative,
 * and an amount in one of the store's currencies. Shared by the advance and
 * adjustment drawers so both offer the same lists (and mark-paid draws its
 * currency select with the same one).
 */
import { Select } from "@medusajs/ui"
import { useCooperatives } from "../lib/cooperatives-api"
import { useStoreCurrencies } from "../lib/ledger-api"
import { FormField } from "./form-field"
import { TextField } from "./form-inputs"

/** The list route's largest page: every cooperative of a store this size. */
const COOPERATIVES_LIMIT = 100

/** The cooperatives, by name, for a drawer's select and its messages. */
export function useCooperativeChoices() {
  const cooperatives = useCooperatives({ limit: COOPERATIVES_LIMIT, offset: 0 })
  const list = [...(cooperatives.data?.cooperatives ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  return { list, isPending: cooperatives.isPending }
}

type FieldProps = { id: string; value: string; error?: string; onChange: (value: string) => void }

export function CooperativeSelectField({ id, value, error, onChange }: FieldProps) {
  const { list, isPending } = useCooperativeChoices()
  return (
    <FormField label="Cooperative" htmlFor={id} error={error}>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger id={id} aria-invalid={Boolean(error) || undefined}>
          <Select.Value placeholder={isPending ? "Loading…" : "Choose a cooperative"} />
        </Select.Trigger>
        <Select.Content>
          {list.map((cooperative) => (
            <Select.Item key={cooperative.id} value={cooperative.id}>
              {cooperative.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </FormField>
  )
}

/** A currency among the codes offered (lowercase; shown in capitals). */
export function CurrencySelect({ id, value, error, options, onChange }: FieldProps & { options: readonly string[] }) {
  return (
    <FormField label="Currency" htmlFor={id} error={error}>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger id={id} aria-invalid={Boolean(error) || undefined}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((code) => (
            <Select.Item key={code} value={code}>
              {code.toUpperCase()}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </FormField>
  )
}

/** One of the store's currencies (and the value already chosen, should the store have dropped it). */
export function CurrencySelectField(props: FieldProps) {
  const currencies = useStoreCurrencies()
  return <CurrencySelect {...props} options={[...new Set([...(currencies.data ?? ["usd"]), props.value].filter(Boolean))]} />
}

type AmountValues = { amount: string; currency_code: string }
type AmountFieldsProps = {
  /** The drawer's id for each field. */
  idOf: (field: keyof AmountValues) => string
  label: string
  hint: string
  values: AmountValues
  errors: Partial<Record<keyof AmountValues, string>>
  change: (patch: Partial<AmountValues>, alsoClear?: (keyof AmountValues)[]) => void
}

/** The amount beside its currency; a new currency clears the amount's complaint, since its decimals depend on the currency. */
export function AmountInCurrencyFields({ idOf, label, hint, values, errors, change }: AmountFieldsProps) {
  return (
    <div className="grid grid-cols-[1fr_120px] gap-x-3">
      <TextField
        id={idOf("amount")}
        label={label}
        error={errors.amount}
        hint={hint}
        inputMode="decimal"
        value={values.amount}
        onChange={(amount) => change({ amount })}
      />
      <CurrencySelectField
        id={idOf("currency_code")}
        value={values.currency_code}
        error={errors.currency_code}
        onChange={(currency_code) => change({ currency_code }, ["amount"])}
      />
    </div>
  )
}
