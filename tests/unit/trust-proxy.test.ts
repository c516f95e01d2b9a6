import { trustProxy } from "../../src/lib/trust-proxy"
import { findUnholdableInput, urlHasNul } from "../../src/lib/input-guards"

describe("TRUST_PROXY", () => {
  it("trusts no proxy unless told: the socket's address counts", () => {
    for (const value of [undefined, "", "false", "0", " "]) expect(trustProxy({ TRUST_PROXY: value })).toBe(false)
  })

  it("takes a hop count or a list of proxies as Express does", () => {
    expect(trustProxy({ TRUST_PROXY: "1" })).toBe(1)
    expect(trustProxy({ TRUST_PROXY: "loopback, 10.0.0.0/8,192.168.1.7" })).toEqual(["loopback", "10.0.0.0/8", "192.168.1.7"])
  })

  it("refuses `true` (any client could choose its address) and nonsense, naming the setting", () => {
    expect(() => trustProxy({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/)
    expect(() => trustProxy({ TRUST_PROXY: "my-balancer" })).toThrow(/TRUST_PROXY: my-balancer/)
  })
})

describe("input no column can hold", () => {
  it("finds a NUL in any string or key, at any depth, with its path", () => {
    expect(findUnholdableInput({ a: [{ b: "x\u0000" }] })).toEqual({ where: "body.a.0.b", problem: "nul" })
    expect(findUnholdableInput({ ["k\u0000"]: 1 }, "query")).toEqual({ where: "query.k\u0000", problem: "nul" })
    expect(findUnholdableInput({ a: "fine", n: 12, d: null })).toBeNull()
  })

  it("finds numbers past 2^53 and infinities", () => {
    expect(findUnholdableInput({ amount: 2 ** 53 + 2 })).toEqual({ where: "body.amount", problem: "unsafe_number" })
    expect(findUnholdableInput([Infinity])).toEqual({ where: "body.0", problem: "unsafe_number" })
    expect(findUnholdableInput({ amount: Number.MAX_SAFE_INTEGER })).toBeNull()
  })

  it("finds a NUL in a URL however it is spelled", () => {
    expect(urlHasNul("/store/products/prod_%00x")).toBe(true)
    expect(urlHasNul("/store/products?q=a%00")).toBe(true)
    expect(urlHasNul("/store/products/prod_1?q=%2500")).toBe(false)
  })
})
