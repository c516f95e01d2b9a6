import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { vi } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { ProductDetail, type ProductDetailProps } from "./product-detail"

/** The product page as the route mounts it, with its providers; test-only. */
export function renderProductDetail(props: Partial<ProductDetailProps> & { language?: Language } = {}) {
  const { language = "en", ...overrides } = props
  // No automatic retries: the error paths must show at once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const onAddToCart = vi.fn<ProductDetailProps["onAddToCart"]>(async () => {})
  const view = render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <ProductDetail
            handle="san-sebastian-hammock"
            regionId="reg_us"
            countryCode="us"
            locale="en-US"
            onAddToCart={onAddToCart}
            {...overrides}
          />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
  return { ...view, onAddToCart: overrides.onAddToCart ?? onAddToCart }
}
