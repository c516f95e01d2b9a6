/**
 * Names that tie the seeded store together: the seed creates these records
 * and the storefront-config route finds the publishable key by its title.
 */
export const STOREFRONT_SALES_CHANNEL_NAME = "CIS online store"
export const STOREFRONT_API_KEY_TITLE = "CIS storefront"
/** The key Medusa creates at first start; the seed adopts it as the storefront's (src/scripts/seed.ts). */
export const MEDUSA_DEFAULT_API_KEY_TITLE = "Default Publishable API Key"
export const CIS_WAREHOUSE_NAME = "CIS warehouse, San Salvador"
