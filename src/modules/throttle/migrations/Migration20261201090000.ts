import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "throttle_counter" ("id" text not null, "count" integer not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "throttle_counter_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_throttle_counter_expires_at" ON "throttle_counter" ("expires_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "throttle_counter" cascade;`)
  }
}
