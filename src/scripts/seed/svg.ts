/**
 * Small SVG helpers shared by the seed illustrations: the product drawings
 * (illustrations.ts) and the cooperative banners (cooperative-illustrations.ts).
 * Everything here is pure and deterministic, so the seed output never changes
 * between runs.
 */

export type Pt = [number, number]
export type Attrs = Record<string, string | number | undefined>

/** The dark brown ink every outline is drawn in, so products and banners match. */
export const OUTLINE = "#3d2815"

/** Writes one element; numbers are rounded to one decimal to keep the file small. */
export function el(tag: string, attrs: Attrs): string {
  let out = `<${tag}`
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue
    out += ` ${key}="${typeof value === "number" ? fmt(value) : escapeXml(value)}"`
  }
  return `${out}/>`
}

/** Rounds to one decimal: enough precision for a drawing, and a smaller file. */
export function fmt(n: number): string {
  return String(Math.round(n * 10) / 10)
}

export function pt([x, y]: Pt): string {
  return `${fmt(x)},${fmt(y)}`
}

/** A smooth curve through the points (Catmull-Rom as cubic Béziers); the path must already be at the first point. */
export function smoothThrough(points: Pt[]): string {
  let d = ""
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]
    const p1 = points[i]
    const p2 = points[i + 1]
    const p3 = points[Math.min(points.length - 1, i + 2)]
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6]
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6]
    d += `C${pt(c1)} ${pt(c2)} ${pt(p2)}`
  }
  return d
}

/** Seed text (names, titles) goes into attributes and <title>, so it must not break the markup. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

/** Only plain #rrggbb reaches the SVG; anything else becomes a neutral grey rather than breaking it. */
export function safeColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour.toLowerCase() : "#888888"
}

/** Blends two #rrggbb colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [ra, rb] = [rgb(a), rgb(b)]
  let out = "#"
  for (let i = 0; i < 3; i++) {
    const v = Math.round(ra[i] * (1 - t) + rb[i] * t)
    out += v.toString(16).padStart(2, "0")
  }
  return out
}

/** Channels of #rgb or #rrggbb. */
export function rgb(hex: string): [number, number, number] {
  const full = hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex
  return [0, 1, 2].map((i) => parseInt(full.slice(1 + i * 2, 3 + i * 2), 16)) as [number, number, number]
}

/** Darkens a colour towards black; t = 0 leaves it unchanged. */
export function shade(colour: string, t: number): string {
  return mix(colour, "#000000", t)
}

/** FNV-1a: a small, stable string hash, so a handle always gives the same picture. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a tiny seeded generator; Math.random would make every seed run differ. */
export function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A five-petalled flower, the commonest La Palma motif; products and banners both draw it. */
export function flower(x: number, y: number, r: number, petal: string, centre: string): string {
  let petals = ""
  for (let i = 0; i < 5; i++) {
    const a = (i * 2 * Math.PI) / 5 - Math.PI / 2
    petals += el("circle", { cx: x + Math.cos(a) * r * 0.62, cy: y + Math.sin(a) * r * 0.62, r: r * 0.5 })
  }
  return (
    `<g fill="${petal}" stroke="${OUTLINE}" stroke-width="3">${petals}</g>` +
    el("circle", { cx: x, cy: y, r: r * 0.34, fill: centre, stroke: OUTLINE, "stroke-width": 3 })
  )
}
