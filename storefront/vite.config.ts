/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

// Port 8000 is the storefront origin the backend's STORE_CORS allows by default;
// strictPort fails loudly instead of drifting to a port CORS would reject.
export default defineConfig({
  plugins: [react()],
  // "@/lib/..." instead of "../../../lib/...": shared code keeps one address from any feature.
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${fileURLToPath(new URL("./src", import.meta.url))}/` },
      // The js-sdk needs one function of qs; see src/lib/qs-stringify.ts.
      { find: /^qs$/, replacement: fileURLToPath(new URL("./src/lib/qs-stringify.ts", import.meta.url)) },
    ],
  },
  // The manifest lets `npm run bench:storefront` tell the first route's files from the rest.
  build: { manifest: true },
  server: { port: 8000, strictPort: true },
  preview: { port: 8000, strictPort: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/testing/setup.ts"],
    unstubGlobals: true,
    unstubEnvs: true,
    restoreMocks: true,
    // js-sdk ships ESM without "type": "module", so vitest must transform it; pre-bundling
    // does that once and avoids a warning per file about its unpublished source maps.
    deps: { optimizer: { web: { enabled: true, include: ["@medusajs/js-sdk"] } } },
  },
})
