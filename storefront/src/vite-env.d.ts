// All are optional: without them the storefront derives the backend URL from
// its own host and fetches the publishable key from the backend at run time.
interface ImportMetaEnv {
  readonly VITE_MEDUSA_BACKEND_URL?: string
  readonly VITE_MEDUSA_PUBLISHABLE_KEY?: string
  /** Stripe's publishable key (pk_...); otherwise the backend's, if it takes cards. */
  readonly VITE_STRIPE_PUBLISHABLE_KEY?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
