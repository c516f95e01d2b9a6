import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATALOG_ENGLISH_LOCALE, CATALOG_SPANISH_LOCALE } from "@cis/contract/catalog-locales"
import { minorToMajor } from "@cis/contract/money"
import {
  CIS_WAREHOUSE_NAME,
  MEDUSA_DEFAULT_API_KEY_TITLE,
  STOREFRONT_API_KEY_TITLE,
  STOREFRONT_SALES_CHANNEL_NAME,
} from "../lib/storefront-channel"
import { CATEGORIES, PRODUCTS, type PriceSet } from "./seed/catalog-data"
import { VARIANT_DIMENSIONS } from "./seed/dimensions-data"
import { illustrate } from "./seed/illustrations"
import { REGIONS, STORE_CURRENCIES, TAX_INCLUSIVE_CURRENCIES } from "./seed/regions-data"
import { seedCooperatives } from "./seed/seed-cooperatives"
import { seedCatalogSpanish } from "./seed/seed-translations"
import { TRANSFER_INSTRUCTIONS } from "./seed/transfer-instructions-data"
import { upsertTransferInstructionsWorkflow } from "../workflows/upsert-transfer-instructions"

type Container = ExecArgs["container"]

/** Medusa takes major units; the catalog keeps exact integer minor units. */
const major = (minor: number) => Number(minorToMajor(minor))

/**
 * The demo catalog: regions, taxes, shipping, the CIS warehouse, the
 * storefront's sales channel and key, craft categories and products with
 * stock. Everything goes through Medusa's core workflows, as staff actions
 * would. It refuses to run on a database that already has regions, so it
 * can never seed twice.
 */
export default async function seedDemoStore({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const regionModule = container.resolve(Modules.REGION)
  if ((await regionModule.listRegions({}, { take: 1 })).length > 0) {
    logger.info("Seed skipped: the database already has regions.")
    return
  }

  logger.info("Seeding store, sales channel and publishable key...")
  const salesChannel = await seedStoreAndChannel(container)
  logger.info("Seeding regions, taxes and shipping...")
  const regionIds = await seedRegionsAndTaxes(container)
  const { location, shippingProfileId } = await seedWarehouseAndShipping(
    container,
    salesChannel.id,
    regionIds
  )
  logger.info("Seeding craft categories and products...")
  await seedCatalog(container, { salesChannelId: salesChannel.id, locationId: location.id, shippingProfileId })
  logger.info("Seeding cooperatives and craft origins...")
  await seedCooperatives(container)
  logger.info("Seeding the catalog's Spanish text...")
  await seedCatalogSpanish(container)
  logger.info("Seeding example bank transfer instructions...")
  for (const instructions of TRANSFER_INSTRUCTIONS) {
    await upsertTransferInstructionsWorkflow(container).run({ input: { ...instructions, is_example: true, updated_by: "system:seed" } })
  }
  logger.info(`Seed done: ${REGIONS.length} regions, ${PRODUCTS.length} products.`)
}

async function seedStoreAndChannel(container: Container) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: STOREFRONT_SALES_CHANNEL_NAME, description: "The international online shop" },
      ],
    },
  })
  const channel = channels[0]
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "CIS Fair Trade Crafts",
        // Product prices are per currency, so the currency decides whether they
        // include tax: euro and pound shelf prices include VAT, as buyers there expect.
        supported_currencies: STORE_CURRENCIES.map((code) => ({
          currency_code: code,
          is_default: code === "usd",
          is_tax_inclusive: TAX_INCLUSIVE_CURRENCIES.has(code),
        })),
        default_sales_channel_id: channel.id,
        // English is the catalog's own text; the Spanish lives in the translation module.
        supported_locales: [{ locale_code: CATALOG_ENGLISH_LOCALE }, { locale_code: CATALOG_SPANISH_LOCALE }],
      },
    },
  })
  await seedPublishableKey(container, channel.id)
  return channel
}

/**
 * One publishable key, linked to the store's channel only. Medusa creates a
 * "Default Publishable API Key" at first start, tied to its empty default
 * channel: a client given that key (the one the dashboard shows first) would
 * see an empty store with no hint why. The seed adopts it as the store's key
 * instead of adding a second one, so whichever key a second storefront is
 * handed, it is this one.
 */
async function seedPublishableKey(container: Container, channelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: defaults } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { type: "publishable", title: MEDUSA_DEFAULT_API_KEY_TITLE, revoked_at: null },
  })
  const adopted = defaults[0] as { id: string; sales_channels?: { id: string }[] | null } | undefined
  if (!adopted) {
    const { result: keys } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_API_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channelId] } })
    return
  }
  await updateApiKeysWorkflow(container).run({ input: { selector: { id: adopted.id }, update: { title: STOREFRONT_API_KEY_TITLE } } })
  const others = (adopted.sales_channels ?? []).map((channel) => channel.id).filter((id) => id !== channelId)
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: adopted.id, add: [channelId], remove: others } })
}

async function seedRegionsAndTaxes(container: Container): Promise<Map<string, string>> {
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: REGIONS.map((region) => ({
        name: region.name,
        currency_code: region.currency_code,
        countries: region.countries,
        is_tax_inclusive: region.is_tax_inclusive,
        automatic_taxes: true,
        payment_providers: ["pp_system_default"],
      })),
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: REGIONS.flatMap((region) =>
      Object.entries(region.tax).map(([country, tax]) => ({
        country_code: country,
        provider_id: "tp_system",
        default_tax_rate: { rate: tax.rate, name: tax.name, code: `${country.toUpperCase()}-STD` },
      }))
    ),
  })
  return new Map(regions.map((region) => [region.name, region.id]))
}

async function seedWarehouseAndShipping(
  container: Container,
  salesChannelId: string,
  regionIds: Map<string, string>
) {
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: CIS_WAREHOUSE_NAME,
          address: { address_1: "Colonia Médica", city: "San Salvador", country_code: "SV" },
        },
      ],
    },
  })
  const location = locations[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ],
  })

  const shippingProfileId = await defaultShippingProfileId(container)

  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: location.id,
      fulfillment_set_data: { name: "Consolidated parcels from San Salvador", type: "shipping" },
    },
  })
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
    { name: "Consolidated parcels from San Salvador" },
    { take: 1 }
  )
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: {
      data: REGIONS.map((region) => ({
        name: region.name,
        fulfillment_set_id: fulfillmentSet.id,
        geo_zones: region.countries.map((country_code) => ({ type: "country" as const, country_code })),
      })),
    },
  })

  const zoneByName = new Map(zones.map((zone) => [zone.name, zone.id]))
  await createShippingOptionsWorkflow(container).run({
    input: REGIONS.flatMap((region) =>
      (["standard", "express"] as const).map((speed) => ({
        name: speed === "standard" ? "Standard (10-20 days)" : "Express (4-7 days)",
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zoneByName.get(region.name)!,
        shipping_profile_id: shippingProfileId,
        type: {
          label: speed === "standard" ? "Standard" : "Express",
          description: speed === "standard" ? "Tracked consolidated parcel" : "Courier",
          code: speed,
        },
        prices: [
          { currency_code: region.currency_code, amount: major(region.shipping[speed]) },
          { region_id: regionIds.get(region.name)!, amount: major(region.shipping[speed]) },
        ],
        rules: [
          { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
          { attribute: "is_return", operator: "eq" as const, value: "false" },
        ],
      }))
    ),
  })
  return { location, shippingProfileId }
}

/** Medusa may already have created the default profile; products and options must share it. */
async function defaultShippingProfileId(container: Container): Promise<string> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillmentModule.listShippingProfiles({ type: "default" }, { take: 1 })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Crafts parcels", type: "default" }] },
  })
  return result[0].id
}

const variantPrices = (prices: PriceSet) =>
  (Object.entries(prices) as [keyof PriceSet, number][]).map(([currency, amount]) => ({
    currency_code: currency,
    amount: major(amount),
  }))

async function seedCatalog(
  container: Container,
  { salesChannelId, locationId, shippingProfileId }: { salesChannelId: string; locationId: string; shippingProfileId: string }
) {
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.map((category) => ({
        name: category.name,
        handle: category.handle,
        description: category.description,
        is_active: true,
      })),
    },
  })
  const categoryId = new Map(categories.map((category) => [category.handle, category.id]))

  // Illustrations go through the File Module like any staff upload would.
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: PRODUCTS.map((product) => ({
        filename: `${product.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(illustrate(product)).toString("base64"),
        access: "public" as const,
      })),
    },
  })

  await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((product, index) => ({
        title: product.title,
        subtitle: product.subtitle,
        handle: product.handle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        weight: product.weight_grams,
        material: product.materials.join(", "),
        origin_country: "sv",
        category_ids: [categoryId.get(product.category)!],
        thumbnail: files[index].url,
        images: [{ url: files[index].url }],
        shipping_profile_id: shippingProfileId,
        sales_channels: [{ id: salesChannelId }],
        options: product.options,
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          options: variant.options,
          // Length, width, height (cm) and weight (g) where the size matters: the product page shows them.
          ...VARIANT_DIMENSIONS[variant.sku],
          manage_inventory: true,
          prices: variantPrices(variant.prices),
        })),
      })),
    },
  })

  const stockBySku = new Map(
    PRODUCTS.flatMap((product) => product.variants.map((variant) => [variant.sku, variant.stock] as const))
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stockBySku.keys()] },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        location_id: locationId,
        inventory_item_id: item.id,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
}
