import { chromium } from "playwright-core"

/** The slow phone of issue 17: 1.6 Mbps down, 750 kbps up, 150 ms round trip, a CPU four times slower. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
const CPU_SLOWDOWN = 4
const PHONE = { width: 360, height: 740 }

/**
 * Marks when the first craft is on screen: a product card whose picture has
 * loaded (or that has none), in the first screen; the loading skeleton's
 * cards do not count. Set before the page's own
 * scripts, so it sees the very first card.
 */
const WATCH_FIRST_CRAFT = `(() => {
  const seen = () => {
    // A real card (not the grid's skeleton), in the first screen, with its picture drawn (or a craft without one).
    for (const card of document.querySelectorAll(".product-card:not(.product-card--skeleton)")) {
      if (card.getBoundingClientRect().top > innerHeight) continue
      const img = card.querySelector("img")
      if (img ? img.complete && img.naturalWidth > 0 : card.querySelector(".product-card__image--missing")) return true
    }
    return false
  }
  const check = () => {
    if (window.__firstCraft === undefined && seen()) window.__firstCraft = performance.now()
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true })
  document.addEventListener("load", check, true)
  const poll = setInterval(() => { check(); if (window.__firstCraft !== undefined) clearInterval(poll) }, 20)
})()`

/**
 * Time to first craft, in ms from navigation start, for each path, in a fresh
 * phone-sized browser context per run (a first visit: nothing cached),
 * throttled through Chromium's DevTools protocol. Median of `runs`.
 */
export async function timeToFirstCraft(executablePath: string, baseUrl: string, paths: string[], runs = 3): Promise<Record<string, number[]>> {
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  })
  const results: Record<string, number[]> = {}
  try {
    for (const path of paths) {
      results[path] = []
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "es-SV" })
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await cdp.send("Network.enable")
        await cdp.send("Network.emulateNetworkConditions", NETWORK)
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN })
        await page.addInitScript(WATCH_FIRST_CRAFT)
        await page.goto(baseUrl + path, { waitUntil: "commit" })
        const handle = await page.waitForFunction(() => (window as unknown as { __firstCraft?: number }).__firstCraft, undefined, { timeout: 60_000 })
        results[path]!.push(Math.round((await handle.jsonValue()) as number))
        await context.close()
      }
    }
  } finally {
    await browser.close()
  }
  return results
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
