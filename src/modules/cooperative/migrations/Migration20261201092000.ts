import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201092000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" add column if not exists "withheld_sales_channels" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop column if exists "withheld_sales_channels";`)
  }
}
