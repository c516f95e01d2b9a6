/**
 * Flat SVG illustrations for the demo catalog, one per product.
 *
 * The demo has no product photos, so each product gets a drawing of its
 * craft: a motif per category, coloured from the product's palette. Small
 * choices (shape variant, pattern, positions) come from a hash of the handle,
 * so products in one category look different yet the output never changes
 * between runs: the seed can be re-run and snapshot-compared. Everything is
 * inline (no fonts, images or links) so the file works wherever it is served.
 */
import type { CraftCategoryHandle, ProductSeed } from "./catalog-data"
import { OUTLINE, type Pt, el, escapeXml, flower, fmt, hashString, mix, mulberry32, pt, safeColour, shade, smoothThrough } from "./svg"

/** What a motif draws with: its colours, a seeded random source and a prefix for ids. */
interface Ctx {
  handle: string
  main: string
  second: string
  accent: string
  /** Prefix for ids, so two illustrations inlined on one page never clash. */
  id: string
  rand: () => number
  range: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
}

/** A motif returns its <defs> content separately so the document keeps one <defs>. */
interface Drawing {
  defs: string
  body: string
}

const WOOD = "#c8955f"

export function illustrate(product: ProductSeed): string {
  const seed = hashString(product.handle)
  const random = mulberry32(seed)
  const [main, second, accent] = product.palette.map(safeColour) as [string, string, string]
  const ctx: Ctx = {
    handle: product.handle,
    main,
    second,
    accent,
    id: `i${seed.toString(36)}`,
    rand: random,
    range: (min, max) => min + (max - min) * random(),
    pick: (items) => items[Math.floor(random() * items.length) % items.length],
  }
  const drawing = MOTIFS[product.category](ctx)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800">` +
    `<title>${escapeXml(product.title)}</title>` +
    `<defs>${volumeGradient(ctx)}${drawing.defs}</defs>` +
    backdrop(ctx) +
    drawing.body +
    `</svg>`
  )
}

const MOTIFS: Record<CraftCategoryHandle, (ctx: Ctx) => Drawing> = {
  pottery,
  "textiles-hammocks": textiles,
  "painted-wood": paintedWood,
  indigo,
  jewelry,
  baskets,
}

// ------------------------------------------------------------------ backdrop

/** A soft tinted ground with one large pale disc, placed by the hash, behind the object. */
function backdrop(c: Ctx): string {
  return (
    el("rect", { width: 800, height: 800, fill: mix(c.accent, "#fffaf2", 0.82) }) +
    el("circle", {
      cx: c.range(250, 550),
      cy: c.range(260, 360),
      r: c.range(250, 300),
      fill: mix(c.second, "#ffffff", 0.78),
      opacity: 0.6,
    })
  )
}

/** Left-lit shading, laid over filled shapes to give them a little volume. */
function volumeGradient(c: Ctx): string {
  return (
    `<linearGradient id="${c.id}v">` +
    el("stop", { offset: 0, "stop-color": "#fff", "stop-opacity": 0.28 }) +
    el("stop", { offset: 0.45, "stop-color": "#fff", "stop-opacity": 0 }) +
    el("stop", { offset: 1, "stop-color": "#000", "stop-opacity": 0.28 }) +
    `</linearGradient>`
  )
}

function groundShadow(cx: number, cy: number, rx: number): string {
  return el("ellipse", { cx, cy, rx, ry: rx * 0.11, fill: "#000", opacity: 0.13 })
}

// ------------------------------------------------------------------- pottery

type VesselKind = "cantaro" | "olla" | "vase"

/** Half-widths and heights of each vessel, rim first; the body is mirrored around x = 400. */
const PROFILES: Record<VesselKind, Pt[]> = {
  cantaro: [[42, 190], [36, 215], [50, 262], [150, 360], [178, 450], [150, 560], [85, 640]],
  olla: [[125, 300], [115, 322], [172, 385], [196, 465], [165, 578], [95, 640]],
  vase: [[82, 175], [56, 225], [66, 292], [142, 420], [130, 560], [80, 640]],
}

function pottery(c: Ctx): Drawing {
  if (c.handle.includes("comal")) return comal(c)
  const kind: VesselKind = c.handle.includes("olla")
    ? "olla"
    : c.handle.includes("cantaro")
      ? "cantaro"
      : c.pick(["cantaro", "olla", "vase"] as const)
  const stretch = c.range(0.9, 1.08)
  const profile = PROFILES[kind].map(([w, y]): Pt => [w * stretch, y])
  const left = profile.map(([w, y]): Pt => [400 - w, y])
  const right = [...profile].reverse().map(([w, y]): Pt => [400 + w, y])
  const body = `M${pt(left[0])}${smoothThrough(left)}L${pt(right[0])}${smoothThrough(right)}Z`

  // The decoration sits on the belly, where the vessel is widest.
  const widest = profile.reduce((a, b) => (b[0] > a[0] ? b : a))
  const [rimW, rimY] = profile[0]
  const bandY = widest[1] + c.range(-30, 20)
  const bandH = c.range(26, 40)
  const clip = `${c.id}c`
  const decoration =
    el("rect", { x: 150, y: bandY - bandH, width: 500, height: bandH * 2, fill: c.second }) +
    el("rect", { x: 150, y: bandY - bandH - 12, width: 500, height: 6, fill: c.accent }) +
    el("rect", { x: 150, y: bandY + bandH + 6, width: 500, height: 6, fill: c.accent }) +
    bandPattern(c, bandY, bandH) +
    el("rect", { x: 150, y: profile[2][1] + 18, width: 500, height: 8, fill: c.second }) +
    el("rect", { x: 150, y: 150, width: 500, height: 500, fill: `url(#${c.id}v)` }) +
    el("ellipse", { cx: 400 - widest[0] * 0.5, cy: widest[1] - 50, rx: 16, ry: 70, fill: "#fff", opacity: 0.18 })

  const handles =
    kind === "olla"
      ? [-1, 1]
          .map((side) =>
            el("ellipse", {
              cx: 400 + side * (profile[2][0] + 6),
              cy: profile[2][1] + 4,
              rx: 26,
              ry: 18,
              fill: "none",
              stroke: shade(c.main, 0.15),
              "stroke-width": 13,
            })
          )
          .join("")
      : ""

  return {
    defs: `<clipPath id="${clip}">${el("path", { d: body })}</clipPath>`,
    body:
      groundShadow(400, 644, widest[0] * 1.15) +
      handles +
      el("path", { d: body, fill: c.main }) +
      `<g clip-path="url(#${clip})">${decoration}</g>` +
      el("ellipse", {
        cx: 400,
        cy: rimY,
        rx: rimW,
        ry: Math.max(9, rimW * 0.24),
        fill: shade(c.main, 0.45),
        stroke: mix(c.main, "#ffffff", 0.15),
        "stroke-width": 7,
      }),
  }
}

/** One of four painted band patterns, repeated across the belly of a vessel. */
function bandPattern(c: Ctx, y: number, h: number): string {
  const style = c.pick(["zigzag", "dots", "triangles", "waves"] as const)
  const paint = { fill: "none", stroke: c.accent, "stroke-width": 6, "stroke-linejoin": "round" }
  if (style === "zigzag") {
    const points: string[] = []
    for (let i = 0, x = 150; x <= 660; i++, x += 28) points.push(pt([x, y + (i % 2 ? -h : h) * 0.55]))
    return el("polyline", { points: points.join(" "), ...paint })
  }
  if (style === "dots") {
    let dots = ""
    for (let x = 160; x <= 640; x += 34) dots += el("circle", { cx: x, cy: y, r: h * 0.3, fill: c.accent })
    return dots
  }
  if (style === "triangles") {
    let d = ""
    for (let x = 150; x < 650; x += 40) d += `M${pt([x, y + h * 0.6])}l20,${fmt(-h * 1.2)}l20,${fmt(h * 1.2)}z`
    return el("path", { d, fill: c.accent })
  }
  return el("path", { d: `M150,${fmt(y)}q20,${fmt(-h * 0.8)} 40,0${"t40,0".repeat(12)}`, ...paint })
}

/** A comal seen from above at an angle, with a stack of tortillas, since it is flat. */
function comal(c: Ctx): Drawing {
  const rx = c.range(250, 280)
  const stack = Math.floor(c.range(2, 5))
  let tortillas = ""
  for (let i = 0; i < stack; i++) {
    tortillas += el("ellipse", {
      cx: 400 + c.range(-8, 8),
      cy: 505 - i * 12,
      rx: 112,
      ry: 36,
      fill: mix(c.accent, "#ffffff", 0.35),
      stroke: shade(c.accent, 0.2),
      "stroke-width": 3,
    })
  }
  return {
    defs: "",
    body:
      groundShadow(400, 600, rx + 20) +
      el("ellipse", { cx: 400, cy: 540, rx, ry: rx * 0.36, fill: shade(c.main, 0.3) }) +
      el("ellipse", { cx: 400, cy: 525, rx, ry: rx * 0.36, fill: c.main }) +
      el("ellipse", {
        cx: 400,
        cy: 525,
        rx: rx - 26,
        ry: (rx - 26) * 0.36,
        fill: "none",
        stroke: c.second,
        "stroke-width": 8,
        "stroke-dasharray": c.pick(["22 12", "6 10", "40 8"]),
      }) +
      el("ellipse", { cx: 400, cy: 525, rx, ry: rx * 0.36, fill: `url(#${c.id}v)` }) +
      tortillas,
  }
}

// --------------------------------------------------------- textiles-hammocks

function textiles(c: Ctx): Drawing {
  return c.handle.includes("hammock") ? hammock(c) : foldedCloths(c)
}

/** A striped hammock slung between two posts, with cords fanning to each end and a fringe. */
function hammock(c: Ctx): Drawing {
  const sag = c.range(150, 210)
  const top = 250
  const topCtrl = top + 2 * sag // a quadratic's midpoint lies halfway to its control point
  const bottomCtrl = 330 + 2 * (sag + 70)
  const body = `M190,${top}Q400,${fmt(topCtrl)} 610,${top}L600,330Q400,${fmt(bottomCtrl)} 200,330Z`
  const clip = `${c.id}h`
  const colours = [c.main, c.second, c.accent, mix(c.main, "#ffffff", 0.5)]
  const offset = Math.floor(c.range(0, colours.length))

  // Stripes run along the hammock, so they follow curves between the two edges.
  let stripes = ""
  const count = Math.floor(c.range(6, 10))
  for (let i = 0; i <= count; i++) {
    const t = i / count
    stripes += el("path", {
      d: `M${fmt(190 + 10 * t)},${fmt(top + 80 * t)}Q400,${fmt(topCtrl + (bottomCtrl - topCtrl) * t)} ${fmt(610 - 10 * t)},${fmt(top + 80 * t)}`,
      fill: "none",
      stroke: colours[(i + offset) % colours.length],
      "stroke-width": c.pick([10, 18, 26]),
    })
  }

  let cords = ""
  for (let i = 0; i <= 6; i++) {
    const y = top + (80 * i) / 6
    cords += `M92,215L${fmt(190 + (10 * i) / 6)},${fmt(y)}M708,215L${fmt(610 - (10 * i) / 6)},${fmt(y)}`
  }

  // The fringe hangs from the lower edge: points on the curve at evenly spaced t.
  let fringe = ""
  for (let t = 0.12; t <= 0.885; t += 0.04) {
    const x = (1 - t) * (1 - t) * 200 + 2 * (1 - t) * t * 400 + t * t * 600
    const y = (1 - t) * (1 - t) * 330 + 2 * (1 - t) * t * bottomCtrl + t * t * 330
    fringe += `M${pt([x, y])}v${fmt(c.range(26, 36))}`
  }

  return {
    defs: `<clipPath id="${clip}">${el("path", { d: body })}</clipPath>`,
    body:
      groundShadow(400, 690, 260) +
      el("rect", { x: 72, y: 150, width: 30, height: 540, rx: 6, fill: shade(WOOD, 0.25) }) +
      el("rect", { x: 698, y: 150, width: 30, height: 540, rx: 6, fill: shade(WOOD, 0.25) }) +
      el("path", { d: cords, stroke: mix(c.accent, "#ffffff", 0.45), "stroke-width": 3 }) +
      el("path", { d: fringe, stroke: c.second, "stroke-width": 5, "stroke-linecap": "round" }) +
      el("path", { d: body, fill: c.main }) +
      `<g clip-path="url(#${clip})">${stripes}</g>` +
      el("circle", { cx: 92, cy: 215, r: 10, fill: "none", stroke: "#555", "stroke-width": 5 }) +
      el("circle", { cx: 708, cy: 215, r: 10, fill: "none", stroke: "#555", "stroke-width": 5 }),
  }
}

/** A stack of folded woven cloths, each striped by a repeating <pattern> and fringed on one side. */
function foldedCloths(c: Ctx): Drawing {
  const patterns = [0, 1]
    .map((n) => {
      const base = n === 0 ? c.main : mix(c.accent, "#ffffff", 0.3)
      const band = n === 0 ? c.accent : c.second
      const w = Math.round(c.range(48, 80))
      return (
        `<pattern id="${c.id}p${n}" width="${w}" height="20" patternUnits="userSpaceOnUse">` +
        el("rect", { width: w, height: 20, fill: base }) +
        el("rect", { x: 4, width: w * 0.28, height: 20, fill: band }) +
        el("rect", { x: w * 0.45, width: 5, height: 20, fill: n === 0 ? c.second : c.main }) +
        `</pattern>`
      )
    })
    .join("")

  const count = Math.floor(c.range(3, 5))
  const height = c.range(74, 92)
  let stack = ""
  for (let i = 0; i < count; i++) {
    const x = 170 + c.range(-20, 20)
    const y = 620 - (i + 1) * height
    const fringeX = x + 460
    let fringe = ""
    for (let k = 8; k < height - 4; k += 9) fringe += `M${pt([fringeX, y + k])}h${fmt(c.range(14, 24))}`
    stack +=
      el("path", { d: fringe, stroke: shade(c.second, 0.1), "stroke-width": 4 }) +
      el("rect", { x, y, width: 460, height, rx: 16, fill: `url(#${c.id}p${i % 2})`, stroke: shade(c.main, 0.35), "stroke-width": 3 }) +
      el("rect", { x, y, width: 460, height, rx: 16, fill: `url(#${c.id}v)` }) +
      el("path", { d: `M${pt([x + 14, y + 12])}h432`, stroke: "#fff", "stroke-width": 4, opacity: 0.35 })
  }
  return { defs: patterns, body: groundShadow(400, 626, 270) + stack }
}

// -------------------------------------------------------------- painted-wood

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Where each element of the La Palma scene goes on a given wooden shape. */
interface SceneLayout {
  box: Box
  hillY: number
  sun: [number, number, number]
  houses: [number, number, number][]
  doves: [number, number, number][]
  flowers: [number, number, number][]
}

function paintedWood(c: Ctx): Drawing {
  const h = c.handle
  if (h.includes("box")) return paintedBox(c)
  const tilt = c.range(-4, 4)
  const j = () => c.range(-14, 14)
  let shape: string
  let layout: SceneLayout
  let extra = ""
  if (h.includes("cross")) {
    // The dove takes one arm and a flower the other, so they never overlap.
    const doveLeft = c.rand() < 0.5
    shape = "M330,110H470V230H600V370H470V690H330V370H200V230H330Z"
    layout = {
      box: { x: 200, y: 110, w: 400, h: 580 },
      hillY: 470,
      sun: [400 + j(), 175, 30],
      houses: [[400, 362, 0.95]],
      doves: [[doveLeft ? 266 : 540, 296 + j(), 0.72]],
      flowers: [[400 + j(), 555, 34], [372, 640, 22], [430, 632, 24], [doveLeft ? 552 : 250, 300, 30]],
    }
  } else if (h.includes("keychain") || h.includes("copinol")) {
    // A painted seed hanging from a key ring.
    shape = "M400,270C510,270 560,380 560,480C560,600 490,680 400,680C310,680 240,600 240,480C240,380 290,270 400,270Z"
    layout = {
      box: { x: 240, y: 270, w: 320, h: 410 },
      hillY: 560,
      sun: [470 + j(), 360, 26],
      houses: c.rand() < 0.5 ? [[380 + j(), 560, 1]] : [],
      doves: [[330 + j(), 420, 0.9]],
      flowers: [[330, 620, 28], [460, 625, 32]],
    }
    extra =
      el("circle", { cx: 400, cy: 200, r: 52, fill: "none", stroke: "#9aa0a6", "stroke-width": 12 }) +
      el("rect", { x: 388, y: 246, width: 24, height: 34, rx: 6, fill: "#7d8389" })
  } else if (h.includes("ornament")) {
    shape = starPath(400, 420, 270, 115, c.range(-6, 6))
    layout = {
      box: { x: 130, y: 150, w: 540, h: 540 },
      hillY: 480,
      sun: [400, 280, 34],
      houses: [[400, 480, 1]],
      doves: [[255, 390, 0.7]],
      flowers: [[545, 400, 26], [310, 560, 26], [490, 560, 26]],
    }
    extra = el("path", { d: "M400,150C370,90 430,90 400,150", fill: "none", stroke: "#c1121f", "stroke-width": 6 })
  } else if (h.includes("tray")) {
    shape = "M140,260H660Q690,260 690,290V590Q690,620 660,620H140Q110,620 110,590V290Q110,260 140,260Z"
    layout = {
      box: { x: 110, y: 260, w: 580, h: 360 },
      hillY: 500,
      sun: [590 + j(), 330, 34],
      houses: [[260 + j(), 500, 0.9], [400 + j(), 486, 0.75]],
      doves: [[480, 340 + j(), 0.8]],
      flowers: [[180, 580, 26], [300, 590, 30], [430, 585, 26], [560, 580, 30]],
    }
    extra = el("path", { d: "M160,290H640V590H160Z", fill: "none", stroke: shade(WOOD, 0.2), "stroke-width": 16, opacity: 0.7 })
  } else {
    // A wall plaque or napkin holder: an arched or rectangular panel with a small village.
    const arched = h.includes("napkin") || c.rand() < 0.5
    shape = arched
      ? "M170,660V330A230,230 0 0 1 630,330V660Z"
      : "M195,140H605Q630,140 630,165V635Q630,660 605,660H195Q170,660 170,635V165Q170,140 195,140Z"
    layout = {
      box: { x: 170, y: 100, w: 460, h: 560 },
      hillY: 500,
      sun: [c.pick([290, 510]), 250 + j(), 40],
      houses: [[270 + j(), 500, 0.85], [420 + j(), 480, 0.7], [540, 505, 0.8]],
      doves: [[c.pick([360, 430]), 330 + j(), 0.85]],
      flowers: [[215, 620, 26], [310, 625, 32], [410, 618, 26], [505, 625, 32], [590, 620, 24]],
    }
  }
  const clip = `${c.id}w`
  return {
    defs: `<clipPath id="${clip}">${el("path", { d: shape })}</clipPath>`,
    body:
      groundShadow(400, 705, 220) +
      `<g transform="rotate(${fmt(tilt)} 400 400)">` +
      extra +
      el("path", { d: shape, fill: WOOD }) +
      `<g clip-path="url(#${clip})">${laPalmaScene(c, layout)}</g>` +
      el("path", { d: shape, fill: "none", stroke: OUTLINE, "stroke-width": 10, "stroke-linejoin": "round" }) +
      `</g>`,
  }
}

/** A box in three-quarter view: the painted scene on the front, flowers on the lid. */
function paintedBox(c: Ctx): Drawing {
  const front: Box = { x: 210, y: 390, w: 360, h: 240 }
  const clip = `${c.id}w`
  const hill = front.y + front.h * 0.66
  const layout: SceneLayout = {
    box: front,
    hillY: hill,
    sun: [c.pick([270, 510]), 440, 26],
    houses: [[c.pick([330, 440]), hill, 0.75]],
    doves: [[c.range(360, 420), 450, 0.6]],
    flowers: [[250, 600, 20], [330, 605, 24], [420, 600, 20], [510, 606, 24]],
  }
  const lid = "M210,390L270,320H630L570,390Z"
  return {
    defs: `<clipPath id="${clip}">${el("rect", { x: front.x, y: front.y, width: front.w, height: front.h })}</clipPath>`,
    body:
      groundShadow(420, 640, 240) +
      el("path", { d: "M570,390L630,320V560L570,630Z", fill: shade(c.second, 0.25), stroke: OUTLINE, "stroke-width": 8, "stroke-linejoin": "round" }) +
      el("path", { d: lid, fill: mix(c.accent, "#ffffff", 0.25), stroke: OUTLINE, "stroke-width": 8, "stroke-linejoin": "round" }) +
      flower(420, 355, 22, c.main, c.second) +
      flower(320, 355, 14, c.second, c.accent) +
      flower(520, 355, 14, c.second, c.accent) +
      `<g clip-path="url(#${clip})">${laPalmaScene(c, layout)}</g>` +
      el("rect", { x: front.x, y: front.y, width: front.w, height: front.h, fill: "none", stroke: OUTLINE, "stroke-width": 8 }),
  }
}

/** The La Palma repertoire: sky, sun, hills, little houses, doves and big flowers, all outlined. */
function laPalmaScene(c: Ctx, s: SceneLayout): string {
  const { x, y, w, h } = s.box
  const [sx, sy, sr] = s.sun
  const hill = c.second
  let out =
    el("rect", { x, y, width: w, height: h, fill: mix(c.accent, "#ffffff", 0.55) }) +
    el("circle", { cx: sx, cy: sy, r: sr * 1.45, fill: "none", stroke: c.accent, "stroke-width": sr * 0.55, "stroke-dasharray": "5 7" }) +
    el("circle", { cx: sx, cy: sy, r: sr, fill: c.accent, stroke: OUTLINE, "stroke-width": 4 }) +
    el("path", {
      d: `M${x},${fmt(s.hillY - 30)}Q${fmt(x + w * 0.25)},${fmt(s.hillY - 110)} ${fmt(x + w * 0.55)},${fmt(s.hillY - 40)}T${x + w},${fmt(s.hillY - 50)}V${y + h}H${x}Z`,
      fill: shade(hill, 0.2),
      stroke: OUTLINE,
      "stroke-width": 4,
    }) +
    el("path", {
      d: `M${x},${fmt(s.hillY + 10)}Q${fmt(x + w * 0.5)},${fmt(s.hillY - 40)} ${x + w},${fmt(s.hillY + 20)}V${y + h}H${x}Z`,
      fill: hill,
      stroke: OUTLINE,
      "stroke-width": 4,
    })
  for (const [hx, hy, k] of s.houses) out += house(c, hx, hy, k)
  for (const [dx, dy, k] of s.doves) out += dove(dx, dy, k)
  s.flowers.forEach(([fx, fy, r], i) => {
    out += flower(fx, fy, r, i % 2 ? c.accent : c.main, i % 2 ? c.main : "#fff")
  })
  return out
}

/** A little house standing on (x, y): white walls, a coloured roof, a door and a window. */
function house(c: Ctx, x: number, y: number, k: number): string {
  const line = { stroke: OUTLINE, "stroke-width": 4, "stroke-linejoin": "round" }
  return (
    el("rect", { x: x - 40 * k, y: y - 52 * k, width: 80 * k, height: 52 * k, fill: "#fffdf7", ...line }) +
    el("path", { d: `M${pt([x - 52 * k, y - 50 * k])}L${pt([x, y - 96 * k])}L${pt([x + 52 * k, y - 50 * k])}Z`, fill: c.main, ...line }) +
    el("rect", { x: x - 28 * k, y: y - 30 * k, width: 18 * k, height: 30 * k, fill: c.second, ...line }) +
    el("rect", { x: x + 8 * k, y: y - 38 * k, width: 18 * k, height: 16 * k, fill: c.accent, ...line })
  )
}

/** A simple white dove in flight, centred near (x, y). */
function dove(x: number, y: number, k: number, fill = "#fff"): string {
  return el("path", {
    // Fan tail, body and round head facing right; then the beak; then one raised wing.
    d:
      "M-58,-16L-32,-6C-18,8 14,12 32,0C40,-4 50,-6 50,-15C50,-25 38,-28 32,-20C24,-10 -2,-14 -32,-12L-58,4Z" +
      "M49,-18L60,-14L49,-10ZM-10,-12C-30,-30 -28,-52 -16,-62C2,-48 14,-30 16,-12Z",
    transform: `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(k)})`,
    fill,
    stroke: OUTLINE,
    "stroke-width": fmt(4 / k),
    "stroke-linejoin": "round",
  })
}

function starPath(cx: number, cy: number, outer: number, inner: number, turn: number): string {
  const points: string[] = []
  for (let i = 0; i < 10; i++) {
    const a = ((i * 36 + turn - 90) * Math.PI) / 180
    const r = i % 2 ? inner : outer
    points.push(pt([cx + Math.cos(a) * r, cy + Math.sin(a) * r]))
  }
  return `M${points.join("L")}Z`
}

// -------------------------------------------------------------------- indigo

type ResistPattern = "rings" | "grid" | "stripes" | "rain"

/** Descriptions name the technique for some pieces, so the drawing follows them. */
const INDIGO_BY_KEYWORD: [string, ResistPattern][] = [
  ["scarf", "rings"],
  ["runner", "grid"],
  ["tote", "rings"],
  ["cushion", "rain"],
  ["napkin", "stripes"],
]

function indigo(c: Ctx): Drawing {
  const h = c.handle
  const chosen = INDIGO_BY_KEYWORD.find(([word]) => h.includes(word))
  const pattern: ResistPattern = chosen ? chosen[1] : c.pick(["rings", "grid", "stripes", "rain"] as const)
  let shape: string
  let extra = ""
  let ground = groundShadow(400, 690, 220)
  // The area where resist marks go, inside the outline.
  let box: Box = { x: 200, y: 170, w: 400, h: 480 }
  if (h.includes("shirt")) {
    box = { x: 210, y: 220, w: 380, h: 440 }
    shape = "M300,165Q400,215 500,165L640,220L705,345L612,378L590,335V680H210V335L188,378L95,345L160,220Z"
    extra = el("path", { d: "M300,165Q400,240 500,165", fill: "none", stroke: shade(c.main, 0.4), "stroke-width": 10 })
  } else if (h.includes("tote")) {
    box = { x: 230, y: 310, w: 340, h: 350 }
    shape = "M225,300H575L590,670H210Z"
    extra = el("path", { d: "M285,305C285,120 385,120 385,305M415,305C415,120 515,120 515,305", fill: "none", stroke: c.main, "stroke-width": 22 })
  } else if (h.includes("cushion")) {
    shape = "M180,220Q400,190 620,220Q650,440 620,660Q400,690 180,660Q150,440 180,220Z"
  } else {
    // Cloth pegged to a line to dry, as it is after every dip in the vat.
    shape = "M190,150H610Q622,400 606,660Q500,678 400,660Q300,644 194,664Q180,400 190,150Z"
    ground = ""
    extra =
      el("path", { d: "M40,140Q400,160 760,140", fill: "none", stroke: "#6b5b4b", "stroke-width": 4 }) +
      el("rect", { x: 228, y: 128, width: 22, height: 50, rx: 5, fill: WOOD }) +
      el("rect", { x: 550, y: 128, width: 22, height: 50, rx: 5, fill: WOOD })
  }
  const clip = `${c.id}d`
  const { defs, fill } = resistPattern(c, pattern, box)
  return {
    defs: `<clipPath id="${clip}">${el("path", { d: shape })}</clipPath>${defs}`,
    body:
      ground +
      extra +
      el("path", { d: shape, fill: c.main }) +
      `<g clip-path="url(#${clip})">${fill}` +
      el("rect", { x: 90, y: 100, width: 620, height: 600, fill: `url(#${c.id}v)` }) +
      `</g>` +
      el("path", { d: shape, fill: "none", stroke: shade(c.main, 0.45), "stroke-width": 4 }),
  }
}

/** The pale marks left where the cloth was tied, clamped or stitched, in the palette's blues. */
function resistPattern(c: Ctx, kind: ResistPattern, box: Box): { defs: string; fill: string } {
  const area = el("rect", { x: 90, y: 100, width: 620, height: 600, fill: `url(#${c.id}r)` })
  if (kind === "rings") {
    // Shibori rings: concentric, slightly broken circles around each tied point,
    // stacked down the cloth and alternating sides so the groups don't pile up.
    let rings = ""
    const centres = Math.max(1, Math.min(Math.floor(c.range(2, 5)), Math.floor(box.h / 170)))
    const flip = c.rand() < 0.5 ? 0 : 1
    for (let i = 0; i < centres; i++) {
      const cx = box.x + box.w * ((i + flip) % 2 ? 0.68 : 0.32) + c.range(-20, 20)
      const cy = box.y + (box.h * (i + 0.5)) / centres + c.range(-15, 15)
      rings += el("circle", { cx, cy, r: 12, fill: c.accent })
      for (let k = 3; k >= 1; k--) {
        rings += el("circle", {
          cx,
          cy,
          r: 12 + k * 26,
          fill: "none",
          stroke: k % 2 ? c.accent : c.second,
          "stroke-width": 9,
          "stroke-dasharray": "22 6",
          opacity: 1 - k * 0.15,
        })
      }
    }
    return { defs: "", fill: rings }
  }
  const tile = (w: number, h: number, inner: string, transform = "") =>
    `<pattern id="${c.id}r" width="${w}" height="${h}" patternUnits="userSpaceOnUse"${transform ? ` patternTransform="${transform}"` : ""}>` +
    el("rect", { width: w, height: h, fill: c.main }) +
    inner +
    `</pattern>`
  if (kind === "grid") {
    const s = Math.round(c.range(80, 110))
    return {
      defs: tile(
        s,
        s,
        el("rect", { x: s * 0.14, y: s * 0.14, width: s * 0.72, height: s * 0.72, rx: 12, fill: c.second }) +
          el("rect", { x: s * 0.3, y: s * 0.3, width: s * 0.4, height: s * 0.4, rx: 8, fill: c.accent, opacity: 0.85 })
      ),
      fill: area,
    }
  }
  if (kind === "stripes") {
    return {
      defs: tile(
        60,
        60,
        el("rect", { width: 60, height: 16, fill: c.second }) + el("rect", { y: 26, width: 60, height: 6, fill: c.accent }),
        `rotate(${fmt(c.range(-35, 35))})`
      ),
      fill: area,
    }
  }
  return {
    defs: tile(
      40,
      52,
      el("rect", { x: 8, y: 6, width: 5, height: 18, rx: 2.5, fill: c.accent }) +
        el("rect", { x: 28, y: 32, width: 5, height: 18, rx: 2.5, fill: c.second })
    ),
    fill: area,
  }
}

// ------------------------------------------------------------------- jewelry

function jewelry(c: Ctx): Drawing {
  const h = c.handle
  if (h.includes("earring")) return earrings(c)
  if (h.includes("bracelet")) return bracelet(c)
  if (h.includes("pendant")) return pendant(c)
  return necklace(c)
}

/** Beads along a hanging cord, larger towards the middle, colours in a repeating order. */
function necklace(c: Ctx): Drawing {
  const ctrlY = c.range(900, 1000)
  const at = (t: number): Pt => [
    (1 - t) * (1 - t) * 200 + 2 * (1 - t) * t * 400 + t * t * 600,
    (1 - t) * (1 - t) * 120 + 2 * (1 - t) * t * ctrlY + t * t * 120,
  ]
  const order = c.pick([
    [c.main, c.main, c.second],
    [c.main, c.accent],
    [c.second, c.main, c.accent, c.main],
  ])
  const count = Math.floor(c.range(17, 25))
  let beads = ""
  for (let i = 0; i < count; i++) {
    const t = 0.1 + (0.8 * i) / (count - 1)
    const [x, y] = at(t)
    const r = 13 + 13 * Math.sin(Math.PI * t)
    beads += bead(x, y, r, order[i % order.length])
  }
  const [mx, my] = at(0.5)
  const drop = c.rand() < 0.6
    ? el("path", { d: `M${pt([mx, my + 20])}C${pt([mx + 45, my + 80])} ${pt([mx + 30, my + 125])} ${pt([mx, my + 128])}C${pt([mx - 30, my + 125])} ${pt([mx - 45, my + 80])} ${pt([mx, my + 20])}Z`, fill: c.second, stroke: shade(c.second, 0.35), "stroke-width": 4 })
    : ""
  return {
    defs: "",
    body:
      el("path", { d: `M200,120Q400,${fmt(ctrlY)} 600,120`, fill: "none", stroke: shade(c.accent, 0.45), "stroke-width": 4 }) +
      drop +
      beads,
  }
}

/** A round bead with a rim and a small highlight, so it reads as a solid ball. */
function bead(x: number, y: number, r: number, colour: string): string {
  return (
    el("circle", { cx: x, cy: y, r, fill: colour, stroke: shade(colour, 0.35), "stroke-width": 2 }) +
    el("circle", { cx: x - r * 0.35, cy: y - r * 0.35, r: r * 0.28, fill: "#fff", opacity: 0.35 })
  )
}

/** A ring of seeds seen at an angle: the far beads are drawn first and smaller. */
function bracelet(c: Ctx): Drawing {
  const count = Math.floor(c.range(16, 21))
  const tiltRad = c.range(-0.15, 0.15)
  const beads: { x: number; y: number; r: number; colour: string }[] = []
  for (let i = 0; i < count; i++) {
    const a = (i * 2 * Math.PI) / count
    const depth = (Math.sin(a) + 1) / 2 // 0 at the back, 1 at the front
    beads.push({
      x: 400 + Math.cos(a) * 210,
      y: 430 + Math.sin(a) * 120 + Math.cos(a) * 210 * tiltRad,
      r: 22 + depth * 12,
      colour: i % 5 === 0 ? c.second : c.main,
    })
  }
  beads.sort((a, b) => a.r - b.r)
  return {
    defs: "",
    body:
      groundShadow(400, 600, 230) +
      el("ellipse", { cx: 400, cy: 430, rx: 210, ry: 120, fill: "none", stroke: c.second, "stroke-width": 5, transform: `rotate(${fmt((tiltRad * 180) / Math.PI)} 400 430)` }) +
      beads.map((b) => bead(b.x, b.y, b.r, b.colour)).join("") +
      el("path", { d: "M560,530l40,60m-20,-60l10,70", stroke: c.second, "stroke-width": 6, "stroke-linecap": "round" }),
  }
}

/** A carved disc on a cord: the design is cut through the dark skin to the pale layer. */
function pendant(c: Ctx): Drawing {
  const r = c.range(130, 150)
  const cy = 500
  const motif =
    c.rand() < 0.5
      ? el("circle", { cx: 400, cy, r: r * 0.62, fill: "none", stroke: c.accent, "stroke-width": r * 0.22, "stroke-dasharray": "6 10" }) +
        el("circle", { cx: 400, cy, r: r * 0.36, fill: c.accent })
      : dove(400, cy + (25 * r) / 95, r / 95, c.accent)
  return {
    defs: "",
    body:
      el("path", { d: `M250,90L390,${fmt(cy - r - 20)}M550,90L410,${fmt(cy - r - 20)}`, stroke: shade(c.second, 0.3), "stroke-width": 6 }) +
      el("circle", { cx: 400, cy: cy - r - 14, r: 16, fill: "none", stroke: shade(c.second, 0.3), "stroke-width": 7 }) +
      el("circle", { cx: 400, cy, r, fill: c.main, stroke: c.second, "stroke-width": 10 }) +
      el("circle", { cx: 400, cy, r: r * 0.86, fill: "none", stroke: c.accent, "stroke-width": 4, "stroke-dasharray": "2 8" }) +
      motif,
  }
}

/** A pair of drop earrings on hooks, as rings or leaves of the material. */
function earrings(c: Ctx): Drawing {
  const leaf = c.rand() < 0.5
  const drop = c.range(0, 40)
  const one = (x: number) => {
    const top = 300 + drop
    const hook = el("path", { d: `M${x},${top}V${top - 60}C${x},${top - 130} ${x + 70},${top - 120} ${x + 50},${top - 70}`, fill: "none", stroke: "#8a8f96", "stroke-width": 6 })
    const shape = leaf
      ? el("path", { d: `M${x},${top + 20}C${x + 95},${top + 110} ${x + 60},${top + 250} ${x},${top + 290}C${x - 60},${top + 250} ${x - 95},${top + 110} ${x},${top + 20}Z`, fill: c.main, stroke: c.second, "stroke-width": 6 }) +
        el("path", { d: `M${x},${top + 40}V${top + 270}`, stroke: c.second, "stroke-width": 4 })
      : el("circle", { cx: x, cy: top + 150, r: 110, fill: "none", stroke: c.main, "stroke-width": 34 }) +
        el("circle", { cx: x, cy: top + 150, r: 110, fill: "none", stroke: c.second, "stroke-width": 4, "stroke-dasharray": "3 9" })
    return hook + bead(x, top + 12, 14, c.second) + shape
  }
  return { defs: "", body: one(270) + one(530) }
}

// ------------------------------------------------------------------- baskets

function baskets(c: Ctx): Drawing {
  const h = c.handle
  const defs = weavePatterns(c)
  if (h.includes("petate")) return { defs, body: petate(c) }
  if (h.includes("placemat")) return { defs, body: placemats(c) }
  if (h.includes("stool")) return { defs, body: stool(c) }
  return { defs, body: basket(c) }
}

/**
 * Two weaves as repeating tiles: a checkered plain weave (tule mats) and
 * rows of strands passing over the stakes (baskets), so the weave costs a
 * few hundred bytes however large the object.
 */
function weavePatterns(c: Ctx): string {
  const dark = shade(c.main, 0.2)
  const s = Math.round(c.range(26, 36))
  const checker =
    `<pattern id="${c.id}k" width="${s * 2}" height="${s * 2}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    el("rect", { width: s * 2, height: s * 2, fill: c.main }) +
    el("path", { d: `M0,0h${s}v${s}h${s}v${s}h${-s}v${-s}h${-s}z`, fill: dark }) +
    el("path", { d: `M0,${s / 2}h${s * 2}M0,${s * 1.5}h${s * 2}`, stroke: mix(c.main, "#ffffff", 0.3), "stroke-width": 1.5 }) +
    `</pattern>`
  const rows =
    `<pattern id="${c.id}s" width="36" height="28" patternUnits="userSpaceOnUse">` +
    el("rect", { width: 36, height: 28, fill: dark }) +
    el("rect", { x: 2, y: 2, width: 32, height: 10, rx: 5, fill: c.main }) +
    el("rect", { x: -16, y: 16, width: 32, height: 10, rx: 5, fill: c.main }) +
    el("rect", { x: 20, y: 16, width: 32, height: 10, rx: 5, fill: c.main }) +
    `</pattern>`
  return checker + rows
}

/** A round basket: woven body, a dyed band, a rim, and a handle or lid depending on the piece. */
function basket(c: Ctx): Drawing["body"] {
  const topW = c.range(200, 225)
  const baseW = c.range(130, 160)
  const body = `M${fmt(400 - topW)},340Q${fmt(400 - topW + 10)},570 ${fmt(400 - baseW)},640H${fmt(400 + baseW)}Q${fmt(400 + topW - 10)},570 ${fmt(400 + topW)},340Z`
  const bandY = c.range(430, 520)
  const clip = `${c.id}b`
  const lidded = c.handle.includes("lid")
  const handle = !lidded && (c.handle.includes("market") || c.rand() < 0.5)
  const rimColour = shade(c.main, 0.3)
  return (
    groundShadow(400, 642, topW + 10) +
    (handle
      ? el("path", { d: `M${fmt(420 - topW)},345C${fmt(420 - topW)},60 ${fmt(380 + topW)},60 ${fmt(380 + topW)},345`, fill: "none", stroke: rimColour, "stroke-width": 24 }) +
        el("path", { d: `M${fmt(420 - topW)},345C${fmt(420 - topW)},60 ${fmt(380 + topW)},60 ${fmt(380 + topW)},345`, fill: "none", stroke: c.main, "stroke-width": 10, "stroke-dasharray": "14 10" })
      : "") +
    `<clipPath id="${clip}">${el("path", { d: body })}</clipPath>` +
    el("path", { d: body, fill: `url(#${c.id}s)` }) +
    `<g clip-path="url(#${clip})">` +
    el("rect", { x: 150, y: bandY, width: 500, height: 34, fill: c.second }) +
    el("rect", { x: 150, y: bandY + 8, width: 500, height: 6, fill: c.accent }) +
    el("rect", { x: 150, y: 300, width: 500, height: 360, fill: `url(#${c.id}v)` }) +
    `</g>` +
    (lidded
      ? el("path", { d: `M${fmt(390 - topW)},345Q400,${fmt(c.range(170, 220))} ${fmt(410 + topW)},345Z`, fill: `url(#${c.id}k)`, stroke: rimColour, "stroke-width": 12 }) +
        el("ellipse", { cx: 400, cy: 262, rx: 26, ry: 14, fill: c.second })
      : el("ellipse", { cx: 400, cy: 340, rx: topW, ry: 40, fill: shade(c.main, 0.5), stroke: rimColour, "stroke-width": 16 }))
  )
}

/** A square tule mat seen from above and turned, with a woven border. */
function petate(c: Ctx): string {
  const turn = c.range(-12, 12)
  return (
    `<g transform="rotate(${fmt(turn)} 400 420)">` +
    el("rect", { x: 150, y: 190, width: 500, height: 470, fill: "#000", opacity: 0.12, transform: "translate(10 14)" }) +
    el("rect", { x: 150, y: 190, width: 500, height: 470, fill: `url(#${c.id}k)`, stroke: c.second, "stroke-width": 18 }) +
    el("rect", { x: 176, y: 216, width: 448, height: 418, fill: "none", stroke: c.accent, "stroke-width": 5, "stroke-dasharray": "16 8" }) +
    `</g>` +
    // A second petate rolled up beside it, as they are stored.
    el("rect", { x: 560, y: 560, width: 190, height: 90, rx: 45, fill: `url(#${c.id}s)`, stroke: c.second, "stroke-width": 6 }) +
    el("ellipse", { cx: 705, cy: 605, rx: 36, ry: 45, fill: shade(c.main, 0.3), stroke: c.second, "stroke-width": 6 })
  )
}

/** Two overlapping oval placemats with coloured borders. */
function placemats(c: Ctx): string {
  const mat = (cx: number, cy: number, turn: number) =>
    el("ellipse", { cx, cy, rx: 250, ry: 165, fill: `url(#${c.id}k)`, stroke: c.second, "stroke-width": 20, transform: `rotate(${fmt(turn)} ${fmt(cx)} ${fmt(cy)})` })
  return (
    groundShadow(400, 640, 300) +
    mat(c.range(330, 370), 350, c.range(-12, -4)) +
    mat(c.range(430, 470), 470, c.range(2, 10)) +
    el("circle", { cx: 450, cy: 470, r: 95, fill: "#fffdf7", stroke: shade(c.accent, 0.2), "stroke-width": 6 })
  )
}

/** A drum-shaped wicker footstool: woven sides, a checkered seat. */
function stool(c: Ctx): string {
  const r = c.range(190, 215)
  const top = c.range(330, 370)
  return (
    groundShadow(400, 640, r + 20) +
    el("path", { d: `M${fmt(400 - r)},${fmt(top)}V610A${fmt(r)},55 0 0 0 ${fmt(400 + r)},610V${fmt(top)}Z`, fill: `url(#${c.id}s)` }) +
    el("path", { d: `M${fmt(400 - r)},${fmt(top)}V610A${fmt(r)},55 0 0 0 ${fmt(400 + r)},610V${fmt(top)}Z`, fill: `url(#${c.id}v)` }) +
    el("path", { d: `M${fmt(400 - r)},${fmt(top + 70)}A${fmt(r)},55 0 0 0 ${fmt(400 + r)},${fmt(top + 70)}`, fill: "none", stroke: c.second, "stroke-width": 18 }) +
    el("ellipse", { cx: 400, cy: top, rx: r, ry: 55, fill: `url(#${c.id}k)`, stroke: shade(c.main, 0.35), "stroke-width": 14 })
  )
}
