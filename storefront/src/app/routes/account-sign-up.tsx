import { SignUpForm } from "@/features/account/components/sign-up-form"
import { useAfterSignIn } from "../use-after-sign-in"

export function Component() {
  return <SignUpForm onSignedIn={useAfterSignIn()} />
}
