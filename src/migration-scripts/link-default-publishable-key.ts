import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { MEDUSA_DEFAULT_API_KEY_TITLE, STOREFRONT_SALES_CHANNEL_NAME } from "../lib/storefront-channel"

/**
 * Once, at `medusa db:migrate`: a store seeded before the seed adopted
 * Medusa's "Default Publishable API Key" still has it tied to Medusa's empty
 * default channel, so a client given that key sees an empty store. It is
 * linked to the store's channel instead, and to nothing else. A fresh
 * database has no store channel yet (the seed makes it, and adopts the key).
 */
export default async function linkDefaultPublishableKey({ container }: { container: MedusaContainer }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: STOREFRONT_SALES_CHANNEL_NAME } })
  const channelId = (channels[0] as { id: string } | undefined)?.id
  if (!channelId) return
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { type: "publishable", title: MEDUSA_DEFAULT_API_KEY_TITLE, revoked_at: null },
  })
  for (const key of keys as { id: string; sales_channels?: { id: string }[] | null }[]) {
    const current = (key.sales_channels ?? []).map((channel) => channel.id)
    const remove = current.filter((id) => id !== channelId)
    const add = current.includes(channelId) ? [] : [channelId]
    if (add.length || remove.length) await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add, remove } })
  }
}
