import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import zlib from "node:zlib"
import { precompress } from "../../scripts/lib/static-server"

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
