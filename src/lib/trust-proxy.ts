import { ConfigError, type Env } from "./runtime-config"

/** Express's `trust proxy`: false (the socket's address), a hop count, or the proxies' addresses. */
export type TrustProxy = false | number | string[]

/**
 * Which client address the throttles count by. Unset: the TCP peer, which
 * nobody can forge; an `X-Forwarded-For` header is then ignored. Behind a
 * load balancer, `TRUST_PROXY` names how many proxies stand in front (`1`)
 * or which ones (`loopback`, `10.0.0.0/8,192.168.1.7`), as Express's
 * `trust proxy` does. `true` (trust every hop) is refused: it would let any
 * client pick its own address.
 */
export function trustProxy(env: Env): TrustProxy {
  const raw = (env.TRUST_PROXY ?? "").trim()
  if (!raw || raw === "false" || raw === "0") return false
  if (/^\d+$/.test(raw)) return Number(raw)
  if (raw === "true") {
    throw new ConfigError("TRUST_PROXY=true would trust any X-Forwarded-For a client sends; give the number of proxies in front (e.g. 1) or their addresses")
  }
  const list = raw.split(",").map((part) => part.trim()).filter(Boolean)
  const valid = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i
  const wrong = list.filter((part) => !valid.test(part))
  if (wrong.length) throw new ConfigError(`TRUST_PROXY: ${wrong.join(", ")} is not a hop count, an address, a subnet, loopback, linklocal or uniquelocal`)
  return list
}
