import { GracefulShutdownServer } from "@medusajs/framework/utils"
import { gracefulServer } from "./src/lib/graceful-shutdown"

/**
 * Medusa's start command loads this file before it creates its HTTP server,
 * then wraps the server with GracefulShutdownServer.create and calls its
 * shutdown() on SIGTERM and SIGINT, before stopping the modules (the event
 * bus's worker finishes its jobs). Medusa's version resets connections whose
 * request it has not read yet (see src/lib/graceful-shutdown.ts); this puts
 * one in its place that answers every request already sent.
 */
export function register() {
  GracefulShutdownServer.create = ((server: Parameters<typeof gracefulServer>[0]) => gracefulServer(server)) as typeof GracefulShutdownServer.create
}
