/**
 * A server under load, for the graceful-shutdown test: every answer takes
 * 200 ms, and every request also blocks the event loop for 15 ms (as Medusa's
 * workflows do on a busy machine), so connections queue up unread.
 * SIGTERM shuts it down the way Medusa's start command does: shutdown(), then exit.
 * argv[2]: "ours" (src/lib/graceful-shutdown.ts) or "medusa" (Medusa's GracefulShutdownServer).
 */
import http from "node:http"
import { GracefulShutdownServer } from "@medusajs/framework/utils"
import { gracefulServer } from "../../../src/lib/graceful-shutdown"

const kind = process.argv[2]
const plain = http.createServer((_req, res) => {
  const until = Date.now() + 15
  while (Date.now() < until) {
    // Busy: the event loop reads no socket meanwhile.
  }
  setTimeout(() => res.end("ok"), 200)
})
const server = kind === "medusa" ? GracefulShutdownServer.create(plain.listen(0)) : gracefulServer(plain.listen(0))
server.on("listening", () => process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`))
process.on("SIGTERM", () => {
  void server.shutdown().then(() => process.exit(0))
})
