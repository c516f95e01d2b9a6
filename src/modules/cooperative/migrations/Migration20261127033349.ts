import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127033349 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "craft_origin" drop constraint if exists "craft_origin_product_id_unique";`);
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`);
    this.addSql(`create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "producer_groups" text[] not null, "department" text check ("department" in ('ahuachapan', 'cabanas', 'chalatenango', 'cuscatlan', 'la-libertad', 'la-paz', 'la-union', 'morazan', 'san-miguel', 'san-salvador', 'san-vicente', 'santa-ana', 'sonsonate', 'usulutan')) not null, "municipality" text not null, "founded_year" integer null, "member_count" integer null, "crafts" text[] not null, "story_en" text not null, "story_es" text not null, "image_url" text null, "status" text check ("status" in ('active', 'paused')) not null default 'active', "share_bps" integer not null, "refund_policy" text check ("refund_policy" in ('organization_absorbs', 'chargeback')) not null default 'organization_absorbs', "contact_name" text null, "contact_phone" text null, "contact_email" text null, "payout_method" text check ("payout_method" in ('bank_transfer', 'cash', 'other')) null, "bank_details" text null, "internal_notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"), constraint CHK_cooperative_share_bps check (share_bps BETWEEN 0 AND 10000), constraint CHK_cooperative_producer_groups check (cardinality(producer_groups) >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status" ON "cooperative" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_department" ON "cooperative" ("department") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "craft_origin" ("id" text not null, "product_id" text not null, "technique" text not null, "materials" text[] not null, "origin_municipality" text not null, "origin_department" text check ("origin_department" in ('ahuachapan', 'cabanas', 'chalatenango', 'cuscatlan', 'la-libertad', 'la-paz', 'la-union', 'morazan', 'san-miguel', 'san-salvador', 'san-vicente', 'santa-ana', 'sonsonate', 'usulutan')) not null, "production_time" text not null, "maker_notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "craft_origin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_craft_origin_deleted_at" ON "craft_origin" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_craft_origin_product_id_unique" ON "craft_origin" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "revenue_split" ("id" text not null, "community_fund_bps" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "revenue_split_pkey" primary key ("id"), constraint CHK_revenue_split_fund_bps check (community_fund_bps BETWEEN 0 AND 10000));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_revenue_split_deleted_at" ON "revenue_split" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative" cascade;`);

    this.addSql(`drop table if exists "craft_origin" cascade;`);

    this.addSql(`drop table if exists "revenue_split" cascade;`);
  }

}
