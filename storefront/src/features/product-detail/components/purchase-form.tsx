import { useId, useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { describeError } from "@/lib/describe-error"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import type { ProductVariant } from "../api/get-product-by-handle"
import { productDetailMessages } from "../messages"
import { checkQuantity } from "../utils/quantity"
import { maxOrderable, stockOf, type Stock } from "../utils/stock"

type AddResult = { status: "pending" } | { status: "added" } | { status: "failed"; error: unknown }

interface PurchaseFormProps {
  /** Undefined when the chosen combination of options is not made. */
  variant: ProductVariant | undefined
  quantityText: string
  onQuantityChange: (text: string) => void
  locale: string
  onAddToCart: (variantId: string, quantity: number) => Promise<void>
}

export function PurchaseForm({ variant, quantityText, onQuantityChange, locale, onAddToCart }: PurchaseFormProps) {
  const t = useMessages(productDetailMessages)
  const quantityId = useId()
  const hintId = useId()
  // Kept with the variant it is about, so choosing another variant clears the old message.
  const [result, setResult] = useState<{ variantId: string; result: AddResult }>()

  if (!variant) {
    return (
      <p className="purchase__problem" role="status">
        {t("combinationNotMade")}
      </p>
    )
  }

  const price = variant.calculated_price
  const priced = price?.calculated_amount != null && price.currency_code
  const stock = stockOf(variant)
  const max = maxOrderable(stock)
  const soldOut = stock.status === "out_of_stock"
  const quantity = checkQuantity(quantityText, max)
  const current = result?.variantId === variant.id ? result.result : undefined
  const pending = current?.status === "pending"

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!quantity.ok || soldOut || !priced || pending) return
    const variantId = variant.id
    setResult({ variantId, result: { status: "pending" } })
    try {
      await onAddToCart(variantId, quantity.quantity)
      setResult({ variantId, result: { status: "added" } })
    } catch (error) {
      setResult({ variantId, result: { status: "failed", error } })
    }
  }

  const problem = quantity.ok || soldOut ? undefined : quantity.problem === "too_many" ? t("quantityTooMany", { n: max ?? 0 }) : t("quantityInvalid")

  return (
    <form className="purchase" onSubmit={(event) => void submit(event)} noValidate>
      <div className="purchase__price" aria-live="polite">
        <p className="purchase__amount">
          <span className="visually-hidden">{t("price")}: </span>
          {priced ? formatPrice(price.calculated_amount ?? 0, price.currency_code ?? "", locale) : t("priceNotSoldHere")}
        </p>
        {priced && <p className="purchase__tax">{price.is_calculated_price_tax_inclusive ? t("taxIncluded") : t("taxExcluded")}</p>}
        <p className={`purchase__stock purchase__stock--${stock.status}`}>{stockLabel(stock, t)}</p>
      </div>

      <div className="purchase__quantity">
        <label htmlFor={quantityId}>{t("quantity")}</label>
        <input
          id={quantityId}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          value={quantityText}
          onChange={(event) => onQuantityChange(event.target.value)}
          disabled={soldOut || !priced}
          aria-invalid={problem ? true : undefined}
          aria-describedby={hintId}
        />
        <p id={hintId} className={problem ? "purchase__problem" : "purchase__hint"}>
          {problem ?? (max !== undefined && max > 0 ? t("quantityMax", { n: max }) : "")}
        </p>
      </div>

      <button type="submit" className="button purchase__add" disabled={soldOut || !priced || !quantity.ok || pending} aria-busy={pending}>
        {pending ? t("adding") : t("addToCart")}
      </button>

      {/* The live region is there from the start, so screen readers announce what appears in it. */}
      <div role="status" className="purchase__result">
        {current?.status === "added" && (
          <p className="purchase__added">
            {t("added")} <Link to="/cart">{t("viewCart")}</Link>
          </p>
        )}
      </div>
      {current?.status === "failed" && (
          <div role="alert" className="purchase__problem">
            <p>{t("addFailed")}</p>
            <p>{describeError(current.error)}</p>
          </div>
      )}
    </form>
  )
}

function stockLabel(stock: Stock, t: (key: "inStock" | "lowStock" | "outOfStock" | "available", values?: Record<string, number>) => string) {
  switch (stock.status) {
    case "untracked":
      return t("available")
    case "in_stock":
      return t("inStock")
    case "low_stock":
      return t("lowStock", { n: stock.quantity })
    case "out_of_stock":
      return t("outOfStock")
  }
}
