import { describe, expect, it } from "vitest"
import {
  changeCatalogParams,
  clearedCatalogParams,
  DEFAULT_CATALOG_PARAMS,
  readCatalogParams,
  writeCatalogParams,
} from "./catalog-params"

const read = (query: string) => readCatalogParams(new URLSearchParams(query))

describe("catalog URL params", () => {
  it("reads every filter, the sort and the page from the URL", () => {
    expect(
      read("q=%20dove%20&category=pcat_1&group=women&department=morazan&cooperative=coop_1&sort=oldest&page=3")
    ).toEqual({
      q: "dove",
      category: "pcat_1",
      group: "women",
      department: "morazan",
      cooperative: "coop_1",
      sort: "oldest",
      page: 3,
    })
  })

  it("ignores values the store would refuse instead of failing the page", () => {
    expect(read("group=men&department=atlantis&sort=price&page=-2")).toEqual(DEFAULT_CATALOG_PARAMS)
    expect(read("page=1.5").page).toBe(1)
    expect(read("page=abc").page).toBe(1)
    expect(read("q=%20%20").q).toBe("")
  })

  it("reads and writes both price orders", () => {
    expect(read("sort=price-asc").sort).toBe("price-asc")
    expect(read("sort=price-desc").sort).toBe("price-desc")
    expect(writeCatalogParams(read("group=women&sort=price-desc&page=2")).toString()).toBe("group=women&sort=price-desc&page=2")
  })

  it("writes only what differs from the defaults, and round-trips", () => {
    expect(writeCatalogParams(DEFAULT_CATALOG_PARAMS).toString()).toBe("")
    const query = "q=dove&category=pcat_1&group=youth&department=la-union&cooperative=coop_2&sort=oldest&page=2"
    expect(writeCatalogParams(read(query)).toString()).toBe(query)
  })

  it("starts again at page 1 when a filter, search or sort changes", () => {
    const onPage3 = read("group=women&page=3")
    expect(changeCatalogParams(onPage3, { q: "hammock" }).page).toBe(1)
    expect(changeCatalogParams(onPage3, { sort: "oldest" }).page).toBe(1)
    expect(changeCatalogParams(onPage3, { page: 4 }).page).toBe(4)
  })

  it("forgets the cooperative when the department changes, unless one is chosen with it", () => {
    const current = read("department=morazan&cooperative=coop_1")
    expect(changeCatalogParams(current, { department: "cabanas" }).cooperative).toBeUndefined()
    expect(changeCatalogParams(current, { department: "morazan" }).cooperative).toBe("coop_1")
    expect(changeCatalogParams(current, { group: "women" }).cooperative).toBe("coop_1")
    expect(changeCatalogParams(current, { department: "cabanas", cooperative: "coop_2" }).cooperative).toBe("coop_2")
  })

  it("clears filters and search but keeps the sort", () => {
    expect(clearedCatalogParams(read("q=x&group=women&sort=oldest&page=2"))).toEqual({ ...DEFAULT_CATALOG_PARAMS, sort: "oldest" })
  })
})
