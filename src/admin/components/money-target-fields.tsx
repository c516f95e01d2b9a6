/**
 * The two fields every money form about one cooperative starts with: which
 * cooperative, and in which of the store's currencies. Shared by the advance
 * and adjustment drawers so both offer the same lists.
 */
import { Select } from "@medusajs/ui"
import { useCooperatives } from "../lib/cooperatives-api"
import { useStoreCurrencies } from "../lib/ledger-api"
import { FormField } from "./form-field"

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

export function CurrencySelectField({ id, value, error, onChange }: FieldProps) {
  const currencies = useStoreCurrencies()
  const options = [...new Set([...(currencies.data ?? ["usd"]), value].filter(Boolean))]
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
