import fs from "node:fs"
import path from "node:path"

type Manifest = Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }>

/** The storefront's routes whose code a first visit should fetch beside the entry, not after running it. */
const ROUTES: [RegExp, string][] = [
  [/^\/$/, "src/app/routes/home.tsx"],
  [/^\/shop\/?$/, "src/app/routes/shop.tsx"],
  [/^\/products\/[^/]+\/?$/, "src/app/routes/product.tsx"],
]

/**
 * `<link>` tags that start the page's route chunk, its imports and its CSS
 * with the entry: a slow phone otherwise spends most of a second parsing
 * the entry before it even asks for them. Read from Vite's manifest; no
 * manifest (or an unknown path) gives no tags, and the app loads as before.
 */
export function routePreloads(distDir: string) {
  let manifest: Manifest | undefined
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(distDir, ".vite/manifest.json"), "utf8")) as Manifest
  } catch {
    manifest = undefined
  }
  return (pathname: string): string => {
    const key = ROUTES.find(([pattern]) => pattern.test(pathname))?.[1]
    if (!manifest || !key || !manifest[key]) return ""
    const scripts = new Set<string>()
    const styles = new Set<string>()
    const visit = (name: string) => {
      const chunk = manifest![name]
      if (!chunk || chunk.isEntry || scripts.has(chunk.file)) return
      scripts.add(chunk.file)
      for (const css of chunk.css ?? []) styles.add(css)
      for (const imported of chunk.imports ?? []) visit(imported)
    }
    visit(key)
    return [
      ...[...scripts].map((file) => `<link rel="modulepreload" crossorigin href="/${file}" />`),
      ...[...styles].map((file) => `<link rel="preload" as="style" crossorigin href="/${file}" />`),
    ].join("")
  }
}
