/**
 * Bodies shaped like this project's store routes (/store/cooperatives,
 * /store/impact) and Medusa's /store/product-categories answer.
 */
import type { StoreCooperative } from "@cis/contract/cooperative"

/** A public profile as the store route answers it (the contract's type, so a new field shows up here too). */
export function cooperative(handle: string, overrides: Partial<StoreCooperative> = {}): StoreCooperative {
  return {
    id: `coop_${handle.replace(/-/g, "_")}`,
    handle,
    name: `Cooperativa ${handle}`,
    producer_groups: ["women"],
    department: "san-salvador",
    municipality: "San Salvador",
    founded_year: 1994,
    member_count: 18,
    crafts: ["painted wood", "ornaments"],
    story_en: "It began in 1994 in a borrowed room.\n\nToday the workshop is shared by two generations.",
    story_es: "Nació en 1994 en un cuarto prestado.\n\nHoy el taller lo comparten dos generaciones.",
    image_url: null,
    website: null,
    share_bps: 6500,
    product_count: 3,
    ...overrides,
  }
}

export type CooperativeFixture = ReturnType<typeof cooperative>

export function cooperativesPage(cooperatives: CooperativeFixture[], count = cooperatives.length, offset = 0, limit = 100) {
  return { cooperatives, count, offset, limit }
}

export const coloresDelPital = cooperative("colores-del-pital", {
  id: "coop_pital",
  name: "Cooperativa de Artesanos Colores del Pital",
  producer_groups: ["ex_combatants", "youth"],
  department: "chalatenango",
  municipality: "La Palma",
  crafts: ["painted wood", "copinol seed keychains"],
  story_en:
    "Colores del Pital began in 1994 in a borrowed room in La Palma.\n\nToday the workshop is shared by the founders and young painters.",
  story_es:
    "Colores del Pital nació en 1994 en un cuarto prestado de La Palma.\n\n  \nHoy el taller lo comparten los fundadores y jóvenes pintores.",
})

export const barroNegro = cooperative("barro-negro", {
  id: "coop_barro",
  name: "Cooperativa Barro Negro",
  producer_groups: ["women"],
  department: "morazan",
  municipality: "Guatajiagua",
  crafts: ["black clay pottery"],
})

export const semillasDeMorazan = cooperative("semillas-de-morazan", {
  id: "coop_semillas",
  name: "Cooperativa Semillas de Morazán",
  producer_groups: ["youth", "ex_combatants"],
  department: "morazan",
  municipality: "Perquín",
  crafts: ["seed jewelry"],
})

export const categoriesBody = {
  product_categories: [
    { id: "pcat_textiles", name: "Textiles & hammocks", handle: "textiles-hammocks" },
    { id: "pcat_pottery", name: "Pottery", handle: "pottery" },
  ],
  count: 2,
  offset: 0,
  limit: 100,
}

/** Minor units, as /store/impact sends them. */
export const impactBody = {
  impact: {
    totals: [
      {
        currency_code: "eur",
        cooperatives_earned: 123456,
        cooperatives_paid: 100000,
        cooperatives_owed: 23456,
        cooperatives_pending: 0,
        community_fund: 19005,
        community_fund_pending: 0,
      },
      {
        currency_code: "usd",
        cooperatives_earned: 1234567,
        cooperatives_paid: 1000000,
        cooperatives_owed: 234567,
        cooperatives_pending: 6200,
        community_fund: 5,
        community_fund_pending: 500,
      },
    ],
    cooperatives: 7,
    orders: 1342,
  },
}
