import { describe, expect, it } from "vitest"
import { readCartId, rememberCartId } from "@/features/cart/utils/cart-id-storage"
import { EMPTY_DRAFT, loadDraft, saveDraft } from "@/features/checkout/utils/checkout-draft"
import { forgetBuyerOnThisDevice } from "./forget-buyer"

describe("signing out", () => {
  it("forgets the cart and the checkout draft holding the account's address and email", () => {
    rememberCartId("cart_1")
    saveDraft({ ...EMPTY_DRAFT, email: "ana@cis.test", address_1: "Calle 1" })
    forgetBuyerOnThisDevice()
    expect(readCartId()).toBeNull()
    expect(loadDraft()).toBeNull()
  })
})
