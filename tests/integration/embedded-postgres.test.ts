import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort } from "../../scripts/lib/ports"
import { countRows, ensureDatabase, startEmbeddedPostgres, withClient } from "../../scripts/lib/postgres"

jest.setTimeout(120_000)

/** The path a new user takes: no DATABASE_URL, so npm start runs PostgreSQL from the npm package. */
describe("embedded PostgreSQL", () => {
  it("initialises a data directory, creates the store database once, keeps data across restarts", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-pg-"))
    // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
    fs.chmodSync(dir, 0o755)
    const port = await freePort()
    const options = { dataDir: path.join(dir, "data"), port, user: "postgres", password: "postgres" }
    const url = `postgres://postgres:postgres@localhost:${port}/cis_crafts_test`
    let server = await startEmbeddedPostgres(options)
    try {
      expect(await ensureDatabase(url)).toBe("created")
      expect(await ensureDatabase(url)).toBe("existed")
      expect(await countRows(url, "region")).toBe(0)
      await withClient(url, (client) =>
        client.query("CREATE TABLE region (id text, deleted_at timestamptz); INSERT INTO region VALUES ('r1', NULL), ('r2', now())")
      )
      await server.stop()

      server = await startEmbeddedPostgres(options)
      expect(await countRows(url, "region")).toBe(1)
    } finally {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
