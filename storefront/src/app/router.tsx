import { useState } from "react"
import { createBrowserRouter, RouterProvider } from "react-router-dom"
import { giveHistoryEntryItsOwnKey } from "@/lib/history-entry"
import { Layout } from "./layout"
import { ShopProvider } from "./shop-context"

/**
 * Every page but the frame is its own chunk, loaded when first visited, so
 * the first page a buyer opens carries only its own code.
 */
export const routes = [
  {
    element: (
      <ShopProvider>
        <Layout />
      </ShopProvider>
    ),
    children: [
      { index: true, lazy: () => import("./routes/home") },
      { path: "shop", lazy: () => import("./routes/shop") },
      { path: "products/:handle", lazy: () => import("./routes/product") },
      { path: "cooperatives", lazy: () => import("./routes/cooperatives") },
      { path: "cooperatives/:handle", lazy: () => import("./routes/cooperative") },
      { path: "cart", lazy: () => import("./routes/cart") },
      { path: "checkout", lazy: () => import("./routes/checkout") },
      { path: "checkout/return", lazy: () => import("./routes/checkout-return") },
      { path: "order/confirmed/:id", lazy: () => import("./routes/order-confirmed") },
      { path: "order", lazy: () => import("./routes/order-lookup") },
      { path: "pages/:slug", lazy: () => import("./routes/trust-page") },
      { path: "account", lazy: () => import("./routes/account") },
      { path: "account/sign-up", lazy: () => import("./routes/account-sign-up") },
      { path: "*", lazy: () => import("./routes/not-found") },
    ],
  },
  // The coordinators' portal has its own light frame: no regions, cart or shop header to load.
  { path: "/coop", lazy: () => import("./routes/coop-home") },
  { path: "/coop/login", lazy: () => import("./routes/coop-login") },
  { path: "/coop/accept", lazy: () => import("./routes/coop-accept") },
  { path: "/coop/forgot", lazy: () => import("./routes/coop-forgot") },
  { path: "/coop/reset", lazy: () => import("./routes/coop-reset") },
]

function createAppRouter() {
  giveHistoryEntryItsOwnKey()
  return createBrowserRouter(routes)
}

export function AppRouter() {
  // One router per page load: a new one on every render would lose its state and saved positions.
  const [router] = useState(createAppRouter)
  return <RouterProvider router={router} />
}
