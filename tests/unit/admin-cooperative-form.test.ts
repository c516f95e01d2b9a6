/**
 * The dashboard's cooperative form (pure part): it is checked by the
 * contract's own schema, so it refuses what the route refuses, beside the
 * field; it sends only what changed; and a refused save's issues outline
 * fields by their path, never by reading the message.
 */
import type { ResolverOptions } from "react-hook-form"
import { AdminCreateCooperative, COOPERATIVE_TEXT_LIMITS } from "@cis/contract/cooperative"
import {
  EMPTY_COOPERATIVE_FORM,
  cooperativeResolver,
  fieldErrorsOf,
  toCreateBody,
  toUpdateBody,
  type CooperativeFormValues,
} from "../../src/admin/lib/cooperative-form"

const filled: CooperativeFormValues = {
  ...EMPTY_COOPERATIVE_FORM,
  handle: "las-nanas",
  name: "Cooperativa Las Ñañas",
  producer_groups: ["women"],
  department: "cabanas",
  municipality: "Ilobasco",
  founded_year: "1993",
  crafts: "Pottery, , Hammock weaving ",
  story_en: "Clay from the river.",
  story_es: "Barro del río.",
  share_bps: "6200",
}

const options = { shouldUseNativeValidation: false, fields: {} } as ResolverOptions<CooperativeFormValues>
const messagesOf = async (values: CooperativeFormValues) => {
  const { errors } = await cooperativeResolver(values, undefined, options)
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, error?.message]))
}

describe("cooperative form", () => {
  it("accepts filled values, and its create body is what the route's schema accepts", async () => {
    expect(await messagesOf(filled)).toEqual({})
    const body = toCreateBody(filled)
    expect(body).toMatchObject({ founded_year: 1993, share_bps: 6200, crafts: ["Pottery", "Hammock weaving"] })
    expect(body).not.toHaveProperty("member_count")
    expect(AdminCreateCooperative.safeParse(body).success).toBe(true)
  })

  it("refuses beside each field what the contract refuses: required, too long, not a number, out of range", async () => {
    const messages = await messagesOf({
      ...filled,
      name: "n".repeat(COOPERATIVE_TEXT_LIMITS.name + 1),
      department: "",
      story_es: "  ",
      share_bps: "",
      member_count: "a dozen",
      founded_year: "1850",
      crafts: `Pottery, ${"w".repeat(COOPERATIVE_TEXT_LIMITS.craft + 1)}`,
      image_url: "not a url",
      website: "http://pital.example.org",
    })
    expect(messages).toEqual({
      name: `At most ${COOPERATIVE_TEXT_LIMITS.name} characters`,
      department: "Required",
      story_es: "Required",
      share_bps: "Required",
      member_count: "A whole number",
      founded_year: "At least 1900",
      crafts: `At most ${COOPERATIVE_TEXT_LIMITS.craft} characters`,
      image_url: "image_url must be a URL",
      website: "website must be an https:// address",
    })
  })

  it("sends only the fields that changed, a cleared optional field as null", () => {
    const baseline = { ...filled, contact_name: "Rosa" }
    expect(toUpdateBody({ ...baseline, share_bps: "6300", contact_name: " " }, baseline)).toEqual({ share_bps: 6300, contact_name: null })
  })

  it("outlines the fields a refusal names by path, whatever its message says", () => {
    const issues = [
      { path: ["handle"], message: 'handle: "las-nanas" is already used by the cooperative Las Ñañas' },
      { path: ["crafts", 2], message: "At most 80 characters" },
      { path: ["name"], message: "this message mentions share_bps and municipality" },
      { path: ["not_a_field"], message: "ignored" },
      { path: [], message: "the body names no field to update" },
    ]
    expect(fieldErrorsOf(issues)).toEqual({
      handle: 'handle: "las-nanas" is already used by the cooperative Las Ñañas',
      crafts: "At most 80 characters",
      name: "this message mentions share_bps and municipality",
    })
  })
})
