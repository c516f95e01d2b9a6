import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import {
  adminDisabled,
  assertProductionSecrets,
  backendUrl,
  corsOrigins,
  databaseUrl,
  lockingModule,
  redisModules,
  sessionCookieOptions,
  workerMode,
} from "./src/lib/runtime-config"
import { notificationModule } from "./src/lib/mail-config"
import { paymentModules } from "./src/lib/stripe-config"
import { trustProxy } from "./src/lib/trust-proxy"
import { unpaidTransferSettings } from "./src/lib/unpaid-transfers"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env
// Fail at load time, before any port opens, when production secrets are unsafe.
assertProductionSecrets(env)
// A wrong TRUST_PROXY fails here too; the API applies it to Express (src/api/hardening.ts).
trustProxy(env)
// Refuse bad TRANSFER_REMINDER_DAYS / TRANSFER_CANCEL_DAYS at start, not at the first hourly run.
unpaidTransferSettings(env)

const cors = corsOrigins(env)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: databaseUrl(env),
    // Sessions move to Redis too when it is there, so any instance can serve any staff user.
    redisUrl: env.REDIS_URL || undefined,
    workerMode: workerMode(env),
    cookieOptions: sessionCookieOptions(env),
    http: {
      storeCors: cors.store,
      adminCors: cors.admin,
      authCors: cors.auth,
    },
  },
  admin: {
    disable: adminDisabled(env),
    // The backend serves the dashboard, so the dashboard calls its own origin: a URL
    // baked into the build would break it on any other host or port.
    backendUrl: "/",
    path: "/app",
  },
  // Medusa's translation module is behind this flag in 2.21 (and needs the module listed below).
  featureFlags: { translation: true },
  modules: [
    ...redisModules(env),
    // Locks queue a burst of checkouts instead of refusing them after Medusa's 5 s (src/lib/runtime-config.ts).
    lockingModule(env),
    // Card payments through Medusa's Stripe provider when STRIPE_API_KEY is set (src/lib/stripe-config.ts).
    ...paymentModules(env),
    // Cooperatives, their coordinators, stock changes and craft origins (src/modules/cooperative).
    { resolve: "./src/modules/cooperative" },
    // The double-entry ledger: entries, payouts, advances and the revenue-split setting (src/modules/ledger).
    { resolve: "./src/modules/ledger" },
    // Atomic attempt counters for the login, reset and lookup throttles (Redis when set, else PostgreSQL).
    { resolve: "./src/modules/throttle", options: { redisUrl: env.REDIS_URL || undefined } },
    // Bank transfer instructions per currency and imported bank statements (src/modules/bank-transfer).
    { resolve: "./src/modules/bank-transfer" },
    // The trust pages (about, shipping, returns, privacy, contact) in English and Spanish, edited by staff (src/modules/trust-page).
    { resolve: "./src/modules/trust-page" },
    // The catalog's Spanish (product and category text), served by the store routes for ?locale=.
    { resolve: "@medusajs/medusa/translation" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            // Medusa serves <working dir>/static at /static; uploads live there.
            options: { backend_url: `${backendUrl(env)}/static` },
          },
        ],
      },
    },
    // The dashboard's feed, and email: SMTP with SMTP_URL and MAIL_FROM, else logged (src/lib/mail-config.ts).
    notificationModule(env),
  ],
})
