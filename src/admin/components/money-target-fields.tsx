/**
 * The fields every money form about one cooperative has: which cooperative,
 * and an amount in one of the store's currencies. Shared by the advance and
 * adjustment drawers so both offer the same lists (and mark-paid puts its
 * amount sent beside its own currencies with the same pair).
 */
import { useAllCooperatives } from "../lib/cooperatives-api"
import { useStoreCurrencies } from "../lib/ledger-api"
import type { BoundField } from "../lib/use-contract-form"
import { SelectField, TextField } from "./form-inputs"

/** The cooperatives, by name, for a drawer's select and its messages. */
export function useCooperativeChoices() {
  const cooperatives = useAllCooperatives()
  const list = [...(cooperatives.data?.cooperatives ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  return { list, isPending: cooperatives.isPending }
}

/** A cooperative by name (its id is the value). */
export function CooperativeSelectField(props: BoundField<string>) {
  const { list, isPending } = useCooperativeChoices()
  const names = new Map(list.map((cooperative) => [cooperative.id, cooperative.name]))
  return (
    <SelectField
      {...props}
      options={[...names.keys()]}
      optionLabel={(id) => names.get(id) ?? id}
      placeholder={isPending ? "Loading…" : "Choose a cooperative"}
    />
  )
}

/** A currency among the codes offered (lowercase; shown in capitals). */
function CurrencySelect(props: BoundField<string> & { options: readonly string[] }) {
  return <SelectField {...props} optionLabel={(code) => code.toUpperCase()} />
}

/** One of the store's currencies (and the value already chosen, should the store have dropped it). */
function StoreCurrencySelect(props: BoundField<string>) {
  const currencies = useStoreCurrencies()
  return <CurrencySelect {...props} options={[...new Set([...(currencies.data ?? ["usd"]), props.value].filter(Boolean))]} />
}

type AmountFieldsProps = {
  amount: BoundField<string>
  /** Changing it must clear the amount's complaint too: the amount's decimals depend on the currency. */
  currency: BoundField<string>
  hint: string
  /** The codes offered; the store's currencies by default. */
  currencies?: readonly string[]
}

/** The amount, typed in major units, beside its currency. */
export function AmountInCurrencyFields({ amount, currency, hint, currencies }: AmountFieldsProps) {
  return (
    <div className="grid grid-cols-[1fr_120px] gap-x-3">
      <TextField {...amount} hint={hint} inputMode="decimal" />
      {currencies ? <CurrencySelect {...currency} options={currencies} /> : <StoreCurrencySelect {...currency} />}
    </div>
  )
}
