/**
 * Preloaded (`node --require`) into a Medusa server by `npm run bench:api`:
 * counts every SQL statement the process sends, through each copy of `pg`
 * it loads (knex's and MikroORM's are separate copies), and answers the
 * running total on http://127.0.0.1:$BENCH_SQL_COUNTER_PORT/ (and
 * /since/N: the text of every statement after the Nth, of the last 5,000, to
 * see which ones a request sent). Counting in the
 * client keeps the two servers apart on one database, which
 * pg_stat_statements cannot (and it needs a server restart to load).
 */
const http = require("node:http")
const Module = require("node:module")

let statements = 0
const recent = []
const KEPT = 5000
const patched = new WeakSet()

function textOf(args) {
  const first = args[0]
  const text = typeof first === "string" ? first : first && typeof first.text === "string" ? first.text : String(first)
  return text.replace(/\s+/g, " ").slice(0, 400)
}

function patch(pg) {
  const Client = pg && pg.Client
  if (!Client || patched.has(Client)) return
  patched.add(Client)
  const query = Client.prototype.query
  Client.prototype.query = function countedQuery(...args) {
    statements += 1
    recent.push(textOf(args))
    if (recent.length > KEPT) recent.shift()
    return query.apply(this, args)
  }
}

const load = Module._load
Module._load = function loadCounting(request, ...rest) {
  const exported = load.call(this, request, ...rest)
  if (request === "pg") patch(exported)
  return exported
}

const port = Number(process.env.BENCH_SQL_COUNTER_PORT)
if (port) {
  const server = http.createServer((req, res) => {
    const since = /^\/since\/(\d+)$/.exec(req.url || "")
    if (!since) return res.end(String(statements))
    const skip = Number(since[1]) - (statements - recent.length)
    res.end(recent.slice(Math.max(0, skip)).join("\n"))
  })
  server.listen(port, "127.0.0.1")
  // Never the reason the server stays up after it was told to stop.
  server.unref()
}
