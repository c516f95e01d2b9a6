import Medusa from "@medusajs/js-sdk"

/**
 * The dashboard is served by the backend itself (admin.backendUrl is "/"), so
 * the client calls its own origin and rides on the staff session cookie.
 */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
