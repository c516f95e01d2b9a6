import { vi } from "vitest"

/** The browser-facing HTTP boundary: tests answer with what a real Medusa would send. */
type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
}

/** Replaces global fetch with a router keyed by path; unknown paths get Medusa's 404 shape. */
export function stubFetch(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const handler = routes[url.pathname]
    if (!handler) return json({ type: "not_found", message: `Cannot GET ${url.pathname}` }, 404)
    return handler(url, init)
  })
  vi.stubGlobal("fetch", fetchMock)
  return fetchMock
}

/** The requests made to one path, as URLs plus their headers. */
export function requestsTo(fetchMock: ReturnType<typeof stubFetch>, pathname: string) {
  return fetchMock.mock.calls
    .map(([input, init]) => ({ url: new URL(String(input)), headers: new Headers(init?.headers) }))
    .filter(({ url }) => url.pathname === pathname)
}
