import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { bootDataSource, firstListOf, injectBootData, type BootData } from "../../scripts/lib/boot-data"
import { serveStorefront } from "../../scripts/lib/static-server"

const BOOT: BootData = { publishable_key: "pk_1", stripe_publishable_key: null, regions: [{ id: "reg_1", name: "</script><b>" }] }

describe("the storefront server's boot data", () => {
  it("puts the key and regions into the page as a JSON data block that cannot close its script tag", () => {
    const html = injectBootData("<html><head><title>x</title></head><body></body></html>", BOOT, "http://api.test:9000")
    expect(html).toContain('<link rel="preconnect" href="http://api.test:9000" crossorigin />')
    const json = /<script id="cis-boot" type="application\/json">(.*?)<\/script>/.exec(html)![1]!
    expect(json).not.toContain("</script>")
    expect(JSON.parse(json)).toEqual(BOOT)
    expect(injectBootData("<head></head>", undefined, undefined)).toBe("<head></head>")
  })

  it("carries dollar signs as written (a replacement string would read $& and $' as patterns)", () => {
    const boot: BootData = { ...BOOT, regions: [{ id: "reg_1", name: "Hamaca $& $' $` $$ 20" }] }
    const html = injectBootData("<html><head></head><body><p>after</p></body></html>", boot, undefined)
    const json = /<script id="cis-boot" type="application\/json">(.*?)<\/script>/.exec(html)![1]!
    expect(JSON.parse(json)).toEqual(boot)
    expect(html.match(/<\/head>/g)).toHaveLength(1)
  })

  it("preloads the first screen's two card pictures when the page carries its first crafts, as the cards' <img> will ask for them", () => {
    const products = {
      region_id: "reg_1",
      locale: null,
      limit: 24,
      fetched_at: 0,
      response: {
        products: [
          { thumbnail: "http://api.test:9000/static/a.svg?v=1&w=2" },
          { thumbnail: "/static/b\"<.svg" },
          { thumbnail: "http://api.test:9000/static/c.svg" },
        ],
      },
    }
    const html = injectBootData("<head></head>", { ...BOOT, products }, undefined)
    const preloads = [...html.matchAll(/<link rel="preload" as="image"[^>]*>/g)].map(([tag]) => tag)
    expect(preloads).toEqual([
      '<link rel="preload" as="image" href="http://api.test:9000/static/a.svg?v=1&amp;w=2" fetchpriority="high" />',
      '<link rel="preload" as="image" href="/static/b&quot;&lt;.svg" fetchpriority="high" />',
    ])
    // No crossorigin: an <img> without it would not use a CORS-mode preload.
    expect(preloads.join("")).not.toContain("crossorigin")
    const script = { ...products, response: { products: [{ thumbnail: "javascript:alert(1)" }, { thumbnail: null }] } }
    expect(injectBootData("<head></head>", { ...BOOT, products: script }, undefined)).not.toContain('as="image"')
    expect(injectBootData("<head></head>", BOOT, undefined)).not.toContain('as="image"')
  })

  it("reads the API once a minute, serves the stale copy while refreshing, and keeps the last good one when the API fails", async () => {
    let clock = 0
    let reads = 0
    let fail = false
    const source = bootDataSource(
      "http://api",
      async () => {
        reads += 1
        if (fail) throw new Error("down")
        return { ...BOOT, publishable_key: `pk_${reads}` }
      },
      () => clock
    )
    expect((await source())?.publishable_key).toBe("pk_1")
    clock = 59_000
    expect((await source())?.publishable_key).toBe("pk_1")
    expect(reads).toBe(1)
    clock = 61_000
    fail = true
    expect((await source())?.publishable_key).toBe("pk_1")
    await new Promise((resolve) => setImmediate(resolve))
    expect(reads).toBe(2)
    expect((await source())?.publishable_key).toBe("pk_1")
  })

  it("guesses the first list a visitor sees as the storefront does: the browser country's region and language, on the home and plain shop only", () => {
    const regions = [
      { id: "reg_eu", name: "European Union", countries: [{ iso_2: "de" }, { iso_2: "es" }] },
      { id: "reg_us", name: "United States", countries: [{ iso_2: "us" }] },
    ]
    expect(firstListOf("/", "", "es-ES,es;q=0.9", regions)).toEqual({ region_id: "reg_eu", locale: "es-SV", limit: 8 })
    expect(firstListOf("/shop", "", "en-GB,en;q=0.8", regions)).toEqual({ region_id: "reg_us", locale: null, limit: 24 })
    expect(firstListOf("/", "", undefined, regions)).toEqual({ region_id: "reg_us", locale: null, limit: 8 })
    expect(firstListOf("/shop", "q=hamaca", "es-SV", regions)).toBeUndefined()
    expect(firstListOf("/cart", "", "es-SV", regions)).toBeUndefined()
  })

  it("serves every page of the app with the API's key and regions, and files as they are", async () => {
    const api = http.createServer((req, res) => {
      res.setHeader("content-type", "application/json")
      if (req.url === "/public/storefront-config") return res.end(JSON.stringify({ publishable_key: "pk_live", stripe_publishable_key: "" }))
      if (req.url?.startsWith("/store/regions") && req.headers["x-publishable-api-key"] === "pk_live") {
        return res.end(JSON.stringify({ regions: [{ id: "reg_eu", name: "European Union" }] }))
      }
      res.statusCode = 400
      res.end("{}")
    })
    await new Promise<void>((resolve) => api.listen(0, resolve))
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cis-boot-"))
    fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><html><head><title>x</title></head><body></body></html>")
    fs.writeFileSync(path.join(dir, "robots.txt"), "User-agent: *")
    const shop = await serveStorefront(dir, 0, {}, `http://127.0.0.1:${(api.address() as { port: number }).port}`)
    const base = `http://127.0.0.1:${(shop.address() as { port: number }).port}`
    try {
      for (const page of ["/", "/shop?q=hamaca", "/products/san-sebastian-hammock"]) {
        const answer = await fetch(base + page, { headers: { accept: "text/html" } })
        expect(answer.headers.get("content-security-policy")).toContain("frame-ancestors 'none'")
        const html = await answer.text()
        const json = /<script id="cis-boot" type="application\/json">(.*?)<\/script>/.exec(html)![1]!
        expect(JSON.parse(json)).toEqual({ publishable_key: "pk_live", stripe_publishable_key: null, regions: [{ id: "reg_eu", name: "European Union" }] })
      }
      expect(await (await fetch(`${base}/robots.txt`)).text()).toBe("User-agent: *")
    } finally {
      shop.close()
      api.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("reads the home's and the shop's first crafts when it starts, before any visitor asks", async () => {
    const lists: string[] = []
    const api = http.createServer((req, res) => {
      res.setHeader("content-type", "application/json")
      if (req.url === "/public/storefront-config") return res.end(JSON.stringify({ publishable_key: "pk_live", stripe_publishable_key: "" }))
      if (req.url?.startsWith("/store/regions")) return res.end(JSON.stringify({ regions: [{ id: "reg_us", name: "United States", countries: [{ iso_2: "us" }] }] }))
      if (req.url?.startsWith("/store/products")) {
        const query = new URL(req.url, "http://api").searchParams
        lists.push(`${query.get("limit")} ${query.get("locale") ?? "en"}`)
        return res.end(JSON.stringify({ products: [] }))
      }
      res.statusCode = 400
      res.end("{}")
    })
    await new Promise<void>((resolve) => api.listen(0, resolve))
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cis-boot-"))
    fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><html><head></head><body></body></html>")
    const shop = await serveStorefront(dir, 0, {}, `http://127.0.0.1:${(api.address() as { port: number }).port}`)
    try {
      for (let tries = 0; tries < 50 && lists.length < 4; tries++) await new Promise((resolve) => setTimeout(resolve, 20))
      expect(lists.sort()).toEqual(["24 en", "24 es-SV", "8 en", "8 es-SV"])
    } finally {
      shop.close()
      api.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
