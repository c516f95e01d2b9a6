import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import zlib from "node:zlib"
import { precompress, securityHeaders, serveStorefront } from "../../scripts/lib/static-server"

describe("precompressed storefront files", () => {
  it("writes brotli and gzip copies of text files that decompress to the original, skips images, and refreshes stale copies", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cis-precompress-"))
    fs.mkdirSync(path.join(dir, "assets"))
    const js = path.join(dir, "assets", "index-abc.js")
    fs.writeFileSync(js, "console.log('añil');".repeat(200))
    fs.writeFileSync(path.join(dir, "assets", "photo.png"), Buffer.from([1, 2, 3]))
    precompress(dir)
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${js}.br`)).toString()).toBe(fs.readFileSync(js, "utf8"))
    expect(zlib.gunzipSync(fs.readFileSync(`${js}.gz`)).toString()).toBe(fs.readFileSync(js, "utf8"))
    expect(fs.existsSync(path.join(dir, "assets", "photo.png.br"))).toBe(false)

    // A rebuilt file with the same name gets fresh copies.
    const later = new Date(Date.now() + 5_000)
    fs.writeFileSync(js, "console.log('nuevo')")
    fs.utimesSync(js, later, later)
    precompress(dir)
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${js}.br`)).toString()).toBe("console.log('nuevo')")
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe("the storefront server's security headers", () => {
  it("sends a policy that allows the store's own files, its API and Stripe's hosts, and forbids framing and sniffing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cis-static-"))
    fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>x</title>")
    const server = await serveStorefront(dir, 0)
    const { port } = server.address() as { port: number }
    try {
      for (const url of [`http://127.0.0.1:${port}/`, `http://127.0.0.1:${port}/shop/some-page`, `http://127.0.0.1:${port}/missing.js`]) {
        const answer = await fetch(url)
        expect(answer.headers.get("x-frame-options")).toBe("DENY")
        expect(answer.headers.get("x-content-type-options")).toBe("nosniff")
        expect(answer.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
        const policy = answer.headers.get("content-security-policy")!
        expect(policy).toContain("frame-ancestors 'none'")
        expect(policy).toContain("script-src 'self' https://js.stripe.com https://*.js.stripe.com;")
        expect(policy).toContain("frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com")
        expect(policy).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:9000 https:\/\/127\.0\.0\.1:9000 https:\/\/api\.stripe\.com/)
        expect(policy).not.toMatch(/script-src[^;]*unsafe/)
        expect(answer.headers.get("x-powered-by")).toBeNull()
      }
    } finally {
      server.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("names the configured API origin when the build has one, and the page's host at port 9000 otherwise", () => {
    const configured = securityHeaders("shop.example.org", { VITE_MEDUSA_BACKEND_URL: "https://api.example.org/" })["Content-Security-Policy"]
    expect(configured).toContain("connect-src 'self' https://api.example.org https://api.stripe.com")
    expect(configured).toContain("img-src 'self' data: blob: https://api.example.org https://*.stripe.com")
    const byHost = securityHeaders("192.168.1.20:8000", {})["Content-Security-Policy"]
    expect(byHost).toContain("connect-src 'self' http://192.168.1.20:9000 https://192.168.1.20:9000 https://api.stripe.com")
    expect(securityHeaders("bad host\u0000", {})["Content-Security-Policy"]).toContain("http://localhost:9000")
    // A forged Host cannot write into the policy (nor, through the same origin, into the page's preconnect link).
    for (const forged of ['a"onload=x', "a;script-src=*", "a'b", "a`b"]) {
      const policy = securityHeaders(forged, {})["Content-Security-Policy"]
      expect(policy).toContain("connect-src 'self' http://localhost:9000 https://localhost:9000")
      expect(policy).not.toMatch(/onload|script-src=|a'b|a`b/)
    }
    expect(securityHeaders("[::1]:8000", {})["Content-Security-Policy"]).toContain("http://[::1]:9000")
  })
})
