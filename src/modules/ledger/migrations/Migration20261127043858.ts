import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127043858 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payout" ("id" text not null, "cooperative_id" text not null, "currency_code" text not null, "status" text check ("status" in ('draft', 'paid', 'cancelled')) not null default 'draft', "up_to" timestamptz not null, "amount" integer not null, "entry_count" integer not null, "created_by" text not null, "paid_at" timestamptz null, "reference" text null, "method" text check ("method" in ('bank_transfer', 'cash', 'other')) null, "sent_amount" integer null, "sent_currency_code" text null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"), constraint CHK_payout_paid_fields check (status <> 'paid' OR (paid_at IS NOT NULL AND reference IS NOT NULL AND method IS NOT NULL AND sent_amount > 0 AND sent_currency_code IS NOT NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_cooperative_status" ON "payout" ("cooperative_id", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payout" cascade;`);
  }

}
