/**
 * Preloaded (`node --require`) into the backend the crash test kills: Medusa's
 * payment provider service waits CIS_TEST_AUTHORIZE_DELAY_MS before each
 * authorisation. Cart completion authorises last, after the order, its links
 * and its reservations are written; a SIGKILL during that wait leaves exactly
 * the "linked but never authorised" order a real crash leaves in that step
 * (measured without it: 2 of 14 kills, a window of tens of milliseconds).
 * Test-only: nothing in src/ knows of it.
 */
const Module = require("node:module")

const delayMs = Number(process.env.CIS_TEST_AUTHORIZE_DELAY_MS || 0)
const load = Module._load
Module._load = function loadSlowly(request, ...rest) {
  const exported = load.call(this, request, ...rest)
  // Only Medusa's own file (`./payment-provider` in @medusajs/payment's services): reading `default` of any module
  // could touch a circular import before it is initialised.
  if (!delayMs || !/(^|\/)payment-provider$/.test(request)) return exported
  const Service = exported && exported.default
  if (typeof Service === "function" && Service.name === "PaymentProviderService" && !Service.prototype.__slowed) {
    const authorize = Service.prototype.authorizePayment
    Service.prototype.authorizePayment = async function slowAuthorize(...args) {
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      return authorize.apply(this, args)
    }
    Service.prototype.__slowed = true
  }
  return exported
}
