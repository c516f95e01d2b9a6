/**
 * `npm run build:contract`: the contract package (packages/contract) as the
 * compiled backend needs it. Every tool that compiles TypeScript reads the
 * contract's sources; `medusa start` in .medusa/server runs plain Node, which
 * cannot. So, after `medusa build`, this compiles it to CommonJS into
 * .medusa/server/packages/contract (the same workspace path the copied
 * package.json names, so an `npm install` run inside .medusa/server, as a
 * deployment does, links it again instead of removing it) and links it as
 * .medusa/server/node_modules/@cis/contract, which Node finds from the build
 * before the checkout's own link to the sources.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

const ROOT = path.resolve(__dirname, "..")
const SERVER = path.join(ROOT, ".medusa", "server")
const COPY = path.join(SERVER, "packages", "contract")
const LINK = path.join(SERVER, "node_modules", "@cis", "contract")

if (!fs.existsSync(SERVER)) throw new Error("No .medusa/server: run `medusa build` first")
fs.rmSync(COPY, { recursive: true, force: true })
execFileSync(path.join(ROOT, "node_modules", ".bin", "tsc"), ["-p", path.join(ROOT, "packages", "contract", "tsconfig.server.json")], { stdio: "inherit" })
fs.copyFileSync(path.join(ROOT, "packages", "contract", "server-package.json"), path.join(COPY, "package.json"))
fs.mkdirSync(path.dirname(LINK), { recursive: true })
fs.rmSync(LINK, { recursive: true, force: true })
fs.symlinkSync(path.relative(path.dirname(LINK), COPY), LINK)
