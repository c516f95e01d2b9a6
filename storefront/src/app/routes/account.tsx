import { ErrorState } from "@/components/error-state"
import { useCustomer } from "@/features/account/api/get-customer"
import { AccountPage } from "@/features/account/components/account-page"
import { SignInForm } from "@/features/account/components/sign-in-form"
import { useMessages } from "@/lib/i18n"
import { accountMessages } from "@/features/account/messages"
import { retryOf } from "@/lib/retry-of"
import { forgetBuyerOnThisDevice } from "../forget-buyer"
import { useShop } from "../shop-context"
import { useAfterSignIn } from "../use-after-sign-in"

export function Component() {
  const t = useMessages(accountMessages)
  const { locale } = useShop()
  const customer = useCustomer()
  const afterSignIn = useAfterSignIn()

  if (customer.isPending) return <p className="state" role="status">{t("loading")}</p>
  if (customer.isError) return <ErrorState title={t("loadError")} {...retryOf(customer)} />
  if (!customer.data) return <SignInForm onSignedIn={afterSignIn} />
  // The next person at this computer starts their own cart and checkout.
  return <AccountPage customer={customer.data} locale={locale} onSignedOut={forgetBuyerOnThisDevice} />
}
