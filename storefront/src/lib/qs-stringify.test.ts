import fc from "fast-check"
// The real qs, reached by its file path: the bare "qs" import is aliased to ours.
import qs from "qs/lib/index.js"
import { describe, expect, it } from "vitest"
import { stringify } from "./qs-stringify"

const scalar = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true })
)
const key = fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }).filter((k) => !/[[\].]/.test(k) && k !== "__proto__")
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 3 })),
}))

describe("qs stringify, as the js-sdk calls it", () => {
  it("writes what the store pages send exactly as qs does", () => {
    const query = { fields: "id,*variants.calculated_price", region_id: "reg_1", limit: 24, offset: 0, id: ["prod_1", "prod_2"], q: "añil & co (new)!" }
    expect(stringify(query, { skipNulls: true })).toBe(qs.stringify(query, { skipNulls: true }))
    expect(stringify({ a: null, b: undefined, c: [], d: {} }, { skipNulls: true })).toBe("")
  })

  it("agrees with qs on random nested queries", () => {
    fc.assert(
      fc.property(fc.dictionary(key, value.node, { maxKeys: 5 }), (query) => {
        expect(stringify(query, { skipNulls: true })).toBe(qs.stringify(query, { skipNulls: true }))
      }),
      { numRuns: 500 }
    )
  })
})
