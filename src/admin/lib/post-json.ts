import { isInvalidDataResponse, type ValidationIssue } from "@cis/contract/invalid-data"

/**
 * A refused request: its HTTP status, the server's message, and, for a 400
 * on a body, the refused fields' paths (`issues`). `status` and `message` are
 * where lib/errors.ts reads them on the js-sdk's errors too.
 */
export class RequestRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: ValidationIssue[]
  ) {
    super(message)
  }
}

/**
 * POST on the staff session, as the js-sdk does, but keeping a refusal's
 * `issues`: the js-sdk's FetchError carries only the message.
 */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  })
  const answer: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const message = (answer as { message?: unknown } | undefined)?.message
    throw new RequestRefused(
      typeof message === "string" ? message : response.statusText,
      response.status,
      isInvalidDataResponse(answer) ? answer.issues : []
    )
  }
  return answer as T
}
