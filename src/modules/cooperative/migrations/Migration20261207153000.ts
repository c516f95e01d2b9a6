import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207153000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" add column if not exists "website" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop column if exists "website";`)
  }
}
