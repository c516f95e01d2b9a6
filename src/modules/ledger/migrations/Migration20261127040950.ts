import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127040950 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "account" text check ("account" in ('cooperative', 'community_fund', 'cis_operations')) not null, "type" text check ("type" in ('sale', 'reversal', 'adjustment')) not null, "source" text check ("source" in ('order_item', 'shipping', 'manual')) not null, "cooperative_id" text null, "order_id" text null, "source_line_id" text null, "product_id" text null, "currency_code" text not null, "amount" integer not null, "base_amount" integer not null, "share_bps" integer not null, "created_by" text not null, "reason" text null, "payout_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"), constraint CHK_ledger_entry_share_bps check (share_bps BETWEEN 0 AND 10000), constraint CHK_ledger_entry_adjustment_reason check (type <> 'adjustment' OR reason IS NOT NULL));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_one_sale_per_line_account" ON "ledger_entry" ("source_line_id", "account") WHERE type = 'sale' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_cooperative_currency" ON "ledger_entry" ("cooperative_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_payout" ON "ledger_entry" ("payout_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
