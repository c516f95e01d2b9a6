/**
 * The cooperative vocabulary as the storefront shows it. Home, shop and
 * cooperative pages all name producer groups and departments, and features may
 * not import each other, so the words live here once.
 */
import {
  DEPARTMENTS,
  PRODUCER_GROUPS,
  type DepartmentCode,
  type ProducerGroup,
} from "@cis/contract/cooperative-vocabulary"
import { defineMessages } from "@/lib/i18n"

export { PRODUCER_GROUPS, type DepartmentCode, type ProducerGroup }

export const producerGroupMessages = defineMessages({
  en: { women: "Women", youth: "Youth", ex_combatants: "Ex-combatants" },
  es: { women: "Mujeres", youth: "Jóvenes", ex_combatants: "Excombatientes" },
})

/** West to east, the order a Salvadoran reads the map in, for pickers and lists. */
export const DEPARTMENTS_WEST_TO_EAST: readonly DepartmentCode[] = [
  "ahuachapan",
  "santa-ana",
  "sonsonate",
  "chalatenango",
  "la-libertad",
  "san-salvador",
  "cuscatlan",
  "la-paz",
  "cabanas",
  "san-vicente",
  "usulutan",
  "san-miguel",
  "morazan",
  "la-union",
]

/** Department names are proper nouns: the same in English and Spanish. */
export function departmentName(code: string): string {
  return isDepartmentCode(code) ? DEPARTMENTS[code] : code
}

export function isDepartmentCode(value: unknown): value is DepartmentCode {
  return typeof value === "string" && Object.hasOwn(DEPARTMENTS, value)
}

export function isProducerGroup(value: unknown): value is ProducerGroup {
  return typeof value === "string" && (PRODUCER_GROUPS as readonly string[]).includes(value)
}
