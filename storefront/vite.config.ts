/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

// Port 8000 is the storefront origin the backend's STORE_CORS allows by default;
// strictPort fails loudly instead of drifting to a port CORS would reject.
export default defineConfig({
  plugins: [react()],
  server: { port: 8000, strictPort: true },
  preview: { port: 8000, strictPort: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/testing/setup.ts"],
    unstubGlobals: true,
    restoreMocks: true,
  },
})
