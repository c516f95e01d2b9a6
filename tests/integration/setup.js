// Each test file boots Medusa afresh; MikroORM's entity metadata must not leak between files.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
