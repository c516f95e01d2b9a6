import fc from "fast-check"
import { offsetPages } from "../../src/admin/lib/offset-pages"

describe("the dashboard's offset-paged lists", () => {
  it("shows the page an offset falls in, and moves a page at a time within the count", () => {
    expect(offsetPages({ count: 45, offset: 20, pageSize: 20, busy: false })).toEqual({
      pageIndex: 1,
      pageCount: 3,
      canPreviousPage: true,
      canNextPage: true,
      previousOffset: 0,
      nextOffset: 40,
    })
    expect(offsetPages({ count: 45, offset: 40, pageSize: 20, busy: false })).toMatchObject({ pageIndex: 2, canNextPage: false })
    expect(offsetPages({ count: 0, offset: 0, pageSize: 20, busy: false })).toMatchObject({ pageCount: 1, canPreviousPage: false, canNextPage: false })
  })

  it("allows no move while a page loads (a second click would skip a page)", () => {
    expect(offsetPages({ count: 100, offset: 20, pageSize: 20, busy: true })).toMatchObject({ canPreviousPage: false, canNextPage: false })
  })

  it("never goes before the first row nor offers a page past the count", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.integer({ min: 1, max: 200 }), (count, offset, pageSize) => {
        const pages = offsetPages({ count, offset, pageSize, busy: false })
        expect(pages.previousOffset).toBeGreaterThanOrEqual(0)
        expect(pages.pageCount).toBeGreaterThanOrEqual(1)
        if (pages.canNextPage) expect(pages.nextOffset).toBeLessThan(count)
        expect(pages.canPreviousPage).toBe(offset > 0)
      })
    )
  })
})
