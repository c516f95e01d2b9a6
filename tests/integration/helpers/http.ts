export type HttpResponse = { status: number; data: Record<string, unknown> & { message?: string; type?: string } }

/** The response of a request, whether axios resolved or rejected it. */
export async function settle(request: Promise<unknown>): Promise<HttpResponse> {
  try {
    return (await request) as HttpResponse
  } catch (error) {
    const response = (error as { response?: HttpResponse }).response
    if (!response) throw error
    return response
  }
}
