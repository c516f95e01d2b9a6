import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127061524 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "stock_change" ("id" text not null, "cooperative_id" text not null, "coordinator_id" text not null, "product_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "from_quantity" integer not null, "to_quantity" integer not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_change_deleted_at" ON "stock_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_change_cooperative" ON "stock_change" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_change_variant" ON "stock_change" ("variant_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stock_change" cascade;`);
  }

}
