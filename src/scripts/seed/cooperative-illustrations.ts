/**
 * Flat SVG banners for the demo cooperatives, one per cooperative.
 *
 * Same approach as the product illustrations (illustrations.ts): no photos,
 * so each cooperative gets a flat landscape of its place in its palette. The
 * landform follows the department (a twin volcano over San Vicente, a cone
 * over Sonsonate, pine ridges in the north, a lake below Suchitoto), a small
 * workshop stands in front, and a hint of the craft sits beside it. Positions
 * and small choices come from a hash of the handle, so the output never
 * changes between runs. Everything is inline: no fonts, images or links.
 */
import type { DepartmentCode } from "@cis/contract/cooperative-vocabulary"
import type { CooperativeSeed } from "./cooperatives-data"
import { OUTLINE, type Pt, el, escapeXml, flower, fmt, hashString, mix, mulberry32, pt, safeColour, shade, smoothThrough } from "./svg"

interface Ctx {
  main: string
  second: string
  accent: string
  /** Prefix for ids, so two banners inlined on one page never clash. */
  id: string
  range: (min: number, max: number) => number
  chance: (p: number) => boolean
}

type Landform = "twin-volcano" | "cone-volcano" | "pine-ridges" | "high-mountains" | "rolling-hills" | "lake-and-mountain"
type Motif = "hammock" | "pots" | "black-pots" | "indigo-line" | "painted-flowers" | "baskets" | "beads"

const W = 1200
const H = 600

const LANDFORMS: Partial<Record<DepartmentCode, Landform>> = {
  "san-vicente": "twin-volcano",
  sonsonate: "cone-volcano",
  "santa-ana": "cone-volcano",
  "san-miguel": "cone-volcano",
  ahuachapan: "cone-volcano",
  morazan: "pine-ridges",
  chalatenango: "high-mountains",
  cabanas: "rolling-hills",
  cuscatlan: "lake-and-mountain",
}

/** The first craft that names a known motif decides the hint beside the workshop. */
const MOTIF_BY_KEYWORD: [string, Motif][] = [
  ["hammock", "hammock"],
  ["black clay", "black-pots"],
  ["indigo", "indigo-line"],
  ["painted wood", "painted-flowers"],
  ["tule", "baskets"],
  ["wicker", "baskets"],
  ["basket", "baskets"],
  ["ceramic", "pots"],
  ["clay", "pots"],
  ["pottery", "pots"],
  ["seed", "beads"],
  ["jewelry", "beads"],
]

export function illustrateCooperative(cooperative: CooperativeSeed): string {
  const seed = hashString(cooperative.handle)
  const random = mulberry32(seed)
  const [main, second, accent] = cooperative.palette.map(safeColour) as [string, string, string]
  const c: Ctx = {
    main,
    second,
    accent,
    id: `c${seed.toString(36)}`,
    range: (min, max) => min + (max - min) * random(),
    chance: (p) => random() < p,
  }
  const landform = LANDFORMS[cooperative.department] ?? "rolling-hills"
  const motif = pickMotif(cooperative.crafts)
  // The workshop stands in the left or right third; the motif takes the side facing the middle.
  const houseLeft = c.chance(0.5)
  const houseX = houseLeft ? c.range(230, 330) : c.range(870, 970)
  const groundY = c.range(455, 475)
  const [back, birds] = sky(c, houseLeft)

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">` +
    `<title>${escapeXml(cooperative.name)}</title>` +
    `<defs><linearGradient id="${c.id}s" x1="0" y1="0" x2="0" y2="1">` +
    el("stop", { offset: 0, "stop-color": mix(accent, second, 0.35) }) +
    el("stop", { offset: 1, "stop-color": mix(accent, "#ffffff", 0.55) }) +
    `</linearGradient></defs>` +
    el("rect", { width: W, height: H, fill: `url(#${c.id}s)` }) +
    back +
    land(c, landform, groundY) +
    birds +
    workshop(c, houseX, groundY + 18) +
    craft(c, motif, houseX, houseLeft, groundY + 18) +
    foreground(c) +
    `</svg>`
  )
}

function pickMotif(crafts: string[]): Motif {
  for (const craft of crafts) {
    const lower = craft.toLowerCase()
    const found = MOTIF_BY_KEYWORD.find(([keyword]) => lower.includes(keyword))
    if (found) return found[1]
  }
  return "pots"
}

// ----------------------------------------------------------------------- sky

/** A sun over the open side of the banner and two soft clouds; then a few birds, drawn over the hills. */
function sky(c: Ctx, houseLeft: boolean): [string, string] {
  const sx = houseLeft ? c.range(760, 1040) : c.range(160, 440)
  const sy = c.range(105, 150)
  const sun = mix("#ffd98a", c.accent, 0.3)
  let out =
    el("circle", { cx: sx, cy: sy, r: 92, fill: sun, opacity: 0.25 }) +
    el("circle", { cx: sx, cy: sy, r: 58, fill: sun })
  // Clouds keep to the side away from the sun, one in each half of it.
  const cloudFrom = houseLeft ? 110 : 610
  for (let i = 0; i < 2; i++) {
    const cx = cloudFrom + i * 250 + c.range(0, 230)
    const cy = c.range(70, 190)
    const k = c.range(0.7, 1.15)
    out += `<g fill="#fff" opacity=".75">${
      el("ellipse", { cx, cy, rx: 70 * k, ry: 18 * k }) +
      el("circle", { cx: cx - 22 * k, cy: cy - 12 * k, r: 24 * k }) +
      el("circle", { cx: cx + 18 * k, cy: cy - 16 * k, r: 30 * k })
    }</g>`
  }
  let birds = ""
  const bx = c.range(420, 780)
  for (let i = 0; i < 3; i++) {
    const x = bx + i * c.range(30, 48)
    const y = c.range(150, 215)
    birds += `M${pt([x - 11, y - 5])}q6,-2 11,5q5,-7 11,-5`
  }
  return [out, el("path", { d: birds, fill: "none", stroke: shade(c.main, 0.2), "stroke-width": 3, "stroke-linecap": "round" })]
}

// ---------------------------------------------------------------------- land

/** Far landform in haze, a middle range with trees, then the ground the workshop stands on. */
function land(c: Ctx, landform: Landform, groundY: number): string {
  const far = mix(c.main, c.accent, 0.62)
  const mid = mix(c.main, c.accent, 0.32)
  let out = ""

  if (landform === "twin-volcano") {
    const x = c.range(480, 720)
    out += volcano(x - 130, 350, 190, 340, far) + volcano(x + 120, 350, 210, 360, far)
  } else if (landform === "cone-volcano") {
    out += ridge(c, 330, 40, 5, mix(far, c.accent, 0.25)) + volcano(c.range(440, 760), 345, 170, 300, far)
  } else if (landform === "high-mountains") {
    out += ridge(c, 210, 70, 4, far)
  } else if (landform === "pine-ridges") {
    out += ridge(c, 260, 55, 6, far)
  } else if (landform === "lake-and-mountain") {
    // A broad, flat-topped mountain across the water.
    const x = c.range(420, 780)
    out += el("path", {
      d: `M${fmt(x - 460)},${H}V370C${fmt(x - 260)},330 ${fmt(x - 200)},215 ${fmt(x - 40)},208C${fmt(x + 90)},202 ${fmt(x + 220)},300 ${fmt(x + 480)},370V${H}Z`,
      fill: far,
    })
  } else {
    out += ridge(c, 290, 45, 5, far)
  }

  if (landform === "lake-and-mountain") {
    const water = mix("#4f86b8", c.accent, 0.35)
    out +=
      el("rect", { y: 360, width: W, height: 70, fill: water }) +
      el("path", { d: `M120,385h90M380,400h140M700,388h110M930,405h120`, stroke: "#fff", "stroke-width": 4, opacity: 0.5, "stroke-linecap": "round" })
  }
  out += ridge(c, landform === "lake-and-mountain" ? 415 : 380, 38, 5, mid)

  // Trees along the middle range: pines in the northern mountains, round crowns elsewhere.
  const pines = landform === "pine-ridges" || landform === "high-mountains"
  const tree = shade(c.main, 0.05)
  let trees = ""
  const count = pines ? 9 : 6
  const treeBase = landform === "lake-and-mountain" ? 432 : 410
  for (let i = 0; i < count; i++) {
    const x = (W / count) * (i + c.range(0.15, 0.85))
    const y = c.range(treeBase, treeBase + 26)
    const k = c.range(0.7, 1.1)
    trees += pines
      ? `M${pt([x, y - 70 * k])}l${fmt(22 * k)},${fmt(38 * k)}h${fmt(-10 * k)}l${fmt(18 * k)},${fmt(32 * k)}h${fmt(-60 * k)}l${fmt(18 * k)},${fmt(-32 * k)}h${fmt(-10 * k)}Z`
      : `M${pt([x - 3, y])}v-22h6v22ZM${pt([x, y - 48 * k])}a${fmt(24 * k)},${fmt(22 * k)} 0 1 0 0.1,0Z`
  }
  out += el("path", { d: trees, fill: tree })

  // The near ground, gently rolling.
  out += el("path", {
    d: `M0,${fmt(groundY + c.range(-10, 10))}C300,${fmt(groundY - 25)} 500,${fmt(groundY + 25)} 760,${fmt(groundY)}S1100,${fmt(groundY - 15)} 1200,${fmt(groundY + c.range(-10, 10))}V600H0Z`,
    fill: c.main,
  })
  return out
}

/** A volcano: concave flanks up to a small notched crater. */
function volcano(x: number, base: number, halfWidth: number, peak: number, fill: string): string {
  const top = base - peak + 150
  const cw = halfWidth * 0.16
  return el("path", {
    d:
      `M-10,${H}V${fmt(base + 20)}H${fmt(x - halfWidth * 2.2)}C${fmt(x - halfWidth)},${fmt(base)} ${fmt(x - halfWidth * 0.45)},${fmt(top + 40)} ${fmt(x - cw)},${fmt(top)}` +
      `L${fmt(x - cw * 0.3)},${fmt(top + 9)}L${fmt(x + cw * 0.4)},${fmt(top + 6)}L${fmt(x + cw)},${fmt(top + 2)}` +
      `C${fmt(x + halfWidth * 0.45)},${fmt(top + 40)} ${fmt(x + halfWidth)},${fmt(base)} ${fmt(x + halfWidth * 2.2)},${fmt(base + 20)}H${W + 10}V${H}Z`,
    fill,
  })
}

/** A smooth ridge line across the whole width, filled down to the bottom. */
function ridge(c: Ctx, y: number, amplitude: number, peaks: number, fill: string): string {
  const points: Pt[] = []
  for (let i = 0; i <= peaks * 2; i++) {
    const x = (W / (peaks * 2)) * i
    points.push([x, y + (i % 2 ? -amplitude : amplitude * 0.3) * c.range(0.6, 1.2)])
  }
  return el("path", { d: `M0,${H}L${pt(points[0])}${smoothThrough(points)}L${W},${H}Z`, fill })
}

// ------------------------------------------------------------------ workshop

/** A small adobe workshop with a tiled roof and a porch, standing on (x, y). */
function workshop(c: Ctx, x: number, y: number): string {
  const line = { stroke: OUTLINE, "stroke-width": 4, "stroke-linejoin": "round" }
  const roof = mix(c.second, "#a4442a", 0.45)
  const w = 170
  const h = 92
  return (
    el("ellipse", { cx: x, cy: y + 4, rx: w * 0.75, ry: 10, fill: "#000", opacity: 0.15 }) +
    el("rect", { x: x - w / 2, y: y - h, width: w, height: h, fill: "#fbf4e6", ...line }) +
    el("path", { d: `M${pt([x - w / 2 - 26, y - h + 4])}L${pt([x - w / 2 + 20, y - h - 52])}H${fmt(x + w / 2 - 20)}L${pt([x + w / 2 + 26, y - h + 4])}Z`, fill: roof, ...line }) +
    el("path", { d: `M${pt([x - w / 2 - 14, y - h - 10])}H${fmt(x + w / 2 + 14)}M${pt([x - w / 2 - 4, y - h - 28])}H${fmt(x + w / 2 + 4)}`, stroke: shade(roof, 0.3), "stroke-width": 3 }) +
    el("rect", { x: x - 56, y: y - 58, width: 34, height: 58, fill: c.second, ...line }) +
    el("rect", { x: x + 10, y: y - 64, width: 42, height: 30, fill: c.accent, ...line }) +
    el("path", { d: `M${pt([x + 31, y - 64])}v30`, ...line }) +
    el("rect", { x: x - w / 2, y: y - 10, width: w, height: 10, fill: mix(c.second, "#ffffff", 0.4), opacity: 0.8 })
  )
}

// --------------------------------------------------------------------- craft

/** A hint of the craft beside the workshop, on the side facing the middle of the banner. */
function craft(c: Ctx, motif: Motif, houseX: number, houseLeft: boolean, y: number): string {
  const dir = houseLeft ? 1 : -1
  const x = houseX + dir * 120
  const line = { stroke: OUTLINE, "stroke-width": 4, "stroke-linejoin": "round", "stroke-linecap": "round" }

  if (motif === "hammock" || motif === "indigo-line" || motif === "beads") {
    // Two posts; the hammock, the drying line or the bead strand hangs between them.
    const x2 = x + dir * 170
    const top = y - 110
    let out = el("path", { d: `M${pt([x, y])}V${fmt(top)}M${pt([x2, y])}V${fmt(top)}`, stroke: shade(c.main, 0.45), "stroke-width": 9, "stroke-linecap": "round" })
    const mid = (x + x2) / 2
    if (motif === "hammock") {
      const stripes = [c.second, c.accent, shade(c.main, 0.1), c.second]
      stripes.forEach((colour, i) => {
        const sag = 56 + i * 7
        out += el("path", { d: `M${pt([x, top + 8 + i * 5])}Q${pt([mid, top + sag + 40])} ${pt([x2, top + 8 + i * 5])}`, fill: "none", stroke: colour, "stroke-width": 8 })
      })
      return out
    }
    out += el("path", { d: `M${pt([x, top + 6])}Q${pt([mid, top + 20])} ${pt([x2, top + 6])}`, fill: "none", stroke: OUTLINE, "stroke-width": 2.5 })
    if (motif === "beads") {
      // Three necklaces hung from the line, as on a market stall: seeds with a larger bead now and then.
      let strands = ""
      let beads = ""
      for (let n = 0; n < 3; n++) {
        const x0 = x + dir * (18 + n * 52)
        const x1 = x0 + dir * 40
        const y0 = top + 6 + 7 * Math.sin(((n + 0.5) / 3) * Math.PI)
        const drop = 70 + n * 8
        strands += `M${pt([x0, y0])}Q${pt([(x0 + x1) / 2, y0 + drop * 2])} ${pt([x1, y0])}`
        for (let i = 1; i < 8; i++) {
          const t = i / 8
          const bx = x0 + (x1 - x0) * t
          const by = y0 + 2 * (1 - t) * t * drop * 2
          const big = i === 4
          beads += el("circle", { cx: bx, cy: by, r: big ? 8 : 5.5, fill: big ? c.second : n === 1 ? c.accent : shade(c.main, 0.35), stroke: OUTLINE, "stroke-width": 1.5 })
        }
      }
      return out + el("path", { d: strands, fill: "none", stroke: OUTLINE, "stroke-width": 1.5 }) + beads
    }
    // Indigo cloths pegged on the line, each a different depth of blue with resist dots.
    const blues = ["#1b2a59", "#2f4f8f", "#5679b8"]
    for (let i = 0; i < 3; i++) {
      const cx = x + dir * (22 + i * 50)
      const left = Math.min(cx, cx + dir * 40)
      const clothY = top + 10 + 3 * Math.sin(((i + 0.5) / 3) * Math.PI)
      out +=
        el("rect", { x: left, y: clothY, width: 40, height: 66 + i * 6, fill: blues[i], ...line, "stroke-width": 2.5 }) +
        el("path", { d: `M${pt([left + 10, clothY + 18])}h.1M${pt([left + 28, clothY + 34])}h.1M${pt([left + 12, clothY + 50])}h.1`, stroke: "#fff", "stroke-width": 7, "stroke-linecap": "round" })
    }
    return out
  }

  if (motif === "pots" || motif === "black-pots") {
    const fill = motif === "black-pots" ? "#262120" : mix(c.second, "#b5562f", 0.35)
    let out = ""
    ;[1.05, 0.8, 0.62].forEach((k, i) => {
      const px = x + dir * (28 + i * 64)
      out +=
        el("path", { d: `M${pt([px - 11 * k, y - 92 * k])}C${pt([px - 12 * k, y - 70 * k])} ${pt([px - 44 * k, y - 64 * k])} ${pt([px - 40 * k, y - 32 * k])}C${pt([px - 36 * k, y - 6 * k])} ${pt([px - 16 * k, y])} ${pt([px, y])}C${pt([px + 16 * k, y])} ${pt([px + 36 * k, y - 6 * k])} ${pt([px + 40 * k, y - 32 * k])}C${pt([px + 44 * k, y - 64 * k])} ${pt([px + 12 * k, y - 70 * k])} ${pt([px + 11 * k, y - 92 * k])}Z`, fill, ...line }) +
        el("path", { d: `M${pt([px - 34 * k, y - 40 * k])}Q${pt([px, y - 30 * k])} ${pt([px + 34 * k, y - 40 * k])}`, fill: "none", stroke: motif === "black-pots" ? "#6b5a4e" : c.accent, "stroke-width": 4 })
    })
    return out
  }

  if (motif === "baskets") {
    let out = ""
    ;[1, 0.75].forEach((k, i) => {
      const bx = x + dir * (40 + i * 90)
      const top = y - 62 * k
      out +=
        el("path", { d: `M${pt([bx - 42 * k, top])}H${fmt(bx + 42 * k)}L${pt([bx + 30 * k, y])}H${fmt(bx - 30 * k)}Z`, fill: mix(c.second, "#d9b26a", 0.4), ...line }) +
        el("path", { d: `M${pt([bx - 38 * k, top + 16 * k])}H${fmt(bx + 38 * k)}M${pt([bx - 34 * k, top + 34 * k])}H${fmt(bx + 34 * k)}M${pt([bx - 31 * k, top + 50 * k])}H${fmt(bx + 31 * k)}`, stroke: shade(c.second, 0.3), "stroke-width": 3 })
      if (i === 0) out += el("path", { d: `M${pt([bx - 34 * k, top])}C${pt([bx - 30 * k, top - 60 * k])} ${pt([bx + 30 * k, top - 60 * k])} ${pt([bx + 34 * k, top])}`, fill: "none", ...line, stroke: shade(c.second, 0.3), "stroke-width": 7 })
    })
    // A rolled petate leaning against the wall.
    const rx = houseX + dir * 108
    return out + el("rect", { x: rx - 14, y: y - 100, width: 28, height: 100, rx: 12, fill: mix(c.accent, "#c9a45c", 0.5), ...line })
  }

  // Painted wood: big La Palma flowers by the door and a white dove over the roof.
  let stems = ""
  let flowers = ""
  const colours = [c.second, c.accent, "#e63946"]
  for (let i = 0; i < 3; i++) {
    const fx = x + dir * (20 + i * 70)
    const fy = y - c.range(45, 80)
    stems += `M${pt([fx, fy])}V${fmt(y)}M${pt([fx, y - 14])}q${fmt(dir * 14)},-6 ${fmt(dir * 20)},-22`
    flowers += flower(fx, fy, 26 - i * 3, colours[i], i === 1 ? c.second : "#fff")
  }
  const out = el("path", { d: stems, fill: "none", stroke: shade(c.main, 0.25), "stroke-width": 5, "stroke-linecap": "round" }) + flowers
  return (
    out +
    el("path", {
      d: "M-58,-16L-32,-6C-18,8 14,12 32,0C40,-4 50,-6 50,-15C50,-25 38,-28 32,-20C24,-10 -2,-14 -32,-12L-58,4ZM49,-18L60,-14L49,-10ZM-10,-12C-30,-30 -28,-52 -16,-62C2,-48 14,-30 16,-12Z",
      transform: `translate(${fmt(houseX + dir * 20)} ${fmt(y - 230)}) scale(${dir * 0.9} .9)`,
      fill: "#fff",
      ...line,
      "stroke-width": 4,
    })
  )
}

// ---------------------------------------------------------------- foreground

/** Tufts of grass and small flowers along the bottom edge. */
function foreground(c: Ctx): string {
  let grass = ""
  let dots = ""
  for (let i = 0; i < 14; i++) {
    const x = (W / 14) * (i + c.range(0.1, 0.9))
    const y = c.range(540, 585)
    grass += `M${pt([x - 10, y])}l4,-20l6,20l5,-26l5,26l6,-18l4,18Z`
    if (i % 2) dots += el("circle", { cx: x + 14, cy: y - 18, r: 5, fill: i % 4 === 1 ? c.accent : c.second })
  }
  return el("path", { d: grass, fill: mix(c.main, "#ffffff", 0.18) }) + dots
}
