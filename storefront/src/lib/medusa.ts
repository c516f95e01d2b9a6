import Medusa from "@medusajs/js-sdk"
import { getBackendUrl, getPublishableKey } from "@/lib/config"

// The client can only exist once the key is known, so callers await it; it is built once.
let client: Promise<Medusa> | undefined

export function getMedusa(): Promise<Medusa> {
  client ??= getPublishableKey().then(
    (publishableKey) => new Medusa({ baseUrl: getBackendUrl(), publishableKey }),
    (error: unknown) => {
      client = undefined
      throw error
    }
  )
  return client
}
