import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "trust_page" ("id" text not null, "slug" text check ("slug" in ('about', 'shipping', 'returns', 'privacy', 'contact')) not null, "locale" text check ("locale" in ('en', 'es')) not null, "title" text not null, "summary" text not null, "body" text not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trust_page_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trust_page_deleted_at" ON "trust_page" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trust_page_slug_locale_unique" ON "trust_page" ("slug", "locale") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trust_page" cascade;`)
  }
}
