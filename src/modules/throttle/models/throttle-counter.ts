import { model } from "@medusajs/framework/utils"

/**
 * One fixed window of attempts under a key (a login's email, a client
 * address). Written only by the service's single upsert, so concurrent
 * attempts each get their own count.
 */
const ThrottleCounter = model
  .define("throttle_counter", {
    id: model.text().primaryKey(),
    count: model.number(),
    expires_at: model.dateTime(),
  })
  .indexes([{ name: "IDX_throttle_counter_expires_at", on: ["expires_at"] }])

export default ThrottleCounter
