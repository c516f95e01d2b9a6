/**
 * The one door to the backend's /coordinator and coordinator-auth routes.
 * Plain fetch, not the buyer's js-sdk: the sdk keeps the buyer's auth and
 * sends the publishable key, and neither belongs on a coordinator's request.
 */
import { getBackendUrl } from "@/lib/config"
import { cartLocaleFor, type Language } from "@/lib/i18n"
import { portalLanguage } from "../hooks/use-portal-language"
import { forgetToken, readToken } from "../utils/session"

export class CoordinatorApiError extends Error {
  constructor(
    message: string,
    /** The HTTP status; 0 when the backend could not be reached at all. */
    readonly status: number,
    /** Seconds to wait before trying again, on a 429. */
    readonly retryAfter?: number
  ) {
    super(message)
    this.name = "CoordinatorApiError"
  }
}

interface RequestOptions {
  method?: "GET" | "POST"
  body?: unknown
  query?: Record<string, string | number>
  /** False for the login, invite and password-reset routes, which come before there is a session. */
  authenticated?: boolean
  /** A token for this one request instead of the session's (the password-reset link's). */
  bearer?: string
  /** The language catalog texts (craft and variant titles) come back in; the portal's own by default. */
  language?: Language
}

export async function coordinatorFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, "application/json")
  return (await response.json()) as T
}

/** For routes whose answer carries nothing to read (Medusa's reset-password answers a bare 201). */
export async function coordinatorSend(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options, "application/json")
}

/** A file answer (the payout statement), with the name the server gave it. */
export async function coordinatorFetchFile(path: string, query?: Record<string, string>): Promise<{ blob: Blob; filename: string | undefined }> {
  const response = await send(path, { query }, "text/csv, */*")
  const disposition = response.headers.get("content-disposition") ?? ""
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1]
  return { blob: await response.blob(), filename }
}

async function send(path: string, { method = "GET", body, query, authenticated = true, bearer, language }: RequestOptions, accept: string) {
  const url = new URL(`${getBackendUrl()}${path}`)
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, String(value))
  // Medusa's locale header: the backend gives craft titles in Spanish unless the portal is read in English.
  const headers: Record<string, string> = { accept, "x-medusa-locale": cartLocaleFor(language ?? portalLanguage()) }
  if (body !== undefined) headers["content-type"] = "application/json"
  const token = bearer ?? (authenticated ? readToken() : null)
  if (authenticated && !token) throw new CoordinatorApiError("Not signed in", 401)
  if (token) headers.authorization = `Bearer ${token}`

  let response: Response
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  } catch (cause) {
    throw new CoordinatorApiError(cause instanceof Error ? cause.message : "Network error", 0)
  }
  if (response.ok) return response
  // An expired token and a deactivated coordinator both answer 401: either way this session is over.
  if (response.status === 401 && authenticated) forgetToken("expired")
  throw await toError(response)
}

async function toError(response: Response): Promise<CoordinatorApiError> {
  const body = (await response.json().catch(() => null)) as { message?: unknown; retry_after?: unknown } | null
  const message = typeof body?.message === "string" ? body.message : response.statusText
  const retryAfter = typeof body?.retry_after === "number" ? body.retry_after : Number(response.headers.get("retry-after")) || undefined
  return new CoordinatorApiError(message, response.status, retryAfter)
}

/** Network blips and server errors may pass; a 4xx answer will not change by asking again. */
export function isWorthRetrying(failureCount: number, error: unknown): boolean {
  const status = error instanceof CoordinatorApiError ? error.status : 0
  return failureCount < 2 && (status === 0 || status >= 500)
}
