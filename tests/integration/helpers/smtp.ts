import type { AddressInfo } from "node:net"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"

export const SMTP_USER = "cis-shop"
export const SMTP_PASSWORD = "smtp-test-password"

/**
 * A real SMTP server inside the test (the `smtp-server` package), with a
 * login, and every message that arrives parsed by `mailparser`. It can be
 * stopped and started again on the same port, as a mail server that goes
 * down and comes back.
 */
export function testMailbox() {
  const messages: ParsedMail[] = []
  let server: SMTPServer | undefined
  let port = 0

  async function start() {
    server = new SMTPServer({
      logger: false,
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username })
        else callback(new Error("Invalid username or password"))
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            messages.push(mail)
            callback()
          },
          (error: Error) => callback(error)
        )
      },
    })
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject)
      server!.listen(port, "127.0.0.1", () => {
        port = (server!.server.address() as AddressInfo).port
        resolve()
      })
    })
  }

  async function stop() {
    const current = server
    server = undefined
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()))
  }

  /** The first message (arrived or arriving within `timeoutMs`) that passes `match`. */
  async function waitFor(match: (mail: ParsedMail) => boolean, timeoutMs = 20_000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.find(match)
      if (found) return found
      if (Date.now() > deadline) {
        throw new Error(`no such email arrived; got: ${messages.map((m) => `${addressOf(m)} "${m.subject}"`).join(", ") || "none"}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  return {
    messages,
    start,
    stop,
    waitFor,
    get url() {
      return `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`
    },
  }
}

export type TestMailbox = ReturnType<typeof testMailbox>

export function addressOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
  return to?.value[0]?.address ?? ""
}

/**
 * Starts the mailbox before Medusa boots and points the store at it. Call
 * it at the top of a test file, before medusaIntegrationTestRunner: the
 * runner reads medusa-config.ts in its own beforeAll, which then runs after
 * this one and sees SMTP_URL.
 */
export function mailboxForThisFile(): TestMailbox {
  const mailbox = testMailbox()
  beforeAll(async () => {
    await mailbox.start()
    process.env.SMTP_URL = mailbox.url
    process.env.MAIL_FROM = "CIS Fair Trade Crafts <tienda@cis-crafts.test>"
  })
  afterAll(() => mailbox.stop())
  return mailbox
}
