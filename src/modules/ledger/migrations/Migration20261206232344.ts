import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The ledger becomes its own module and double entry. Its tables were
 * created by the cooperative module's earlier migrations (moved here with
 * their names, so databases that ran them do not run them again), so this
 * migration alters them in place rather than creating them: every existing
 * row keeps its id and amount. Rows written before get `state = payable`;
 * the upgrade script (src/migration-scripts) then appends the correcting rows
 * that bring those books to the new rules.
 */
export class Migration20261206232344 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "advance" ("id" text not null, "cooperative_id" text not null, "currency_code" text not null, "amount" integer not null, "paid_at" timestamptz not null, "reference" text not null, "method" text check ("method" in ('bank_transfer', 'cash', 'other')) not null, "reason" text not null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "advance_pkey" primary key ("id"), constraint CHK_advance_amount_positive check (amount > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_advance_deleted_at" ON "advance" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_advance_cooperative" ON "advance" ("cooperative_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ledger_entry" add column if not exists "transaction_id" text null;`);
    this.addSql(`alter table if exists "ledger_entry" add column if not exists "state" text not null default 'payable';`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_account_check";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_type_check";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_source_check";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_state_check";`);
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_account_check" check ("account" in ('cooperative', 'community_fund', 'cis_operations', 'tax_payable', 'card_fees', 'clearing'));`);
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_type_check" check ("type" in ('sale', 'reversal', 'adjustment', 'fee', 'payout', 'advance'));`);
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_source_check" check ("source" in ('order_item', 'shipping', 'order', 'manual', 'card_payment', 'payout', 'advance'));`);
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_state_check" check ("state" in ('pending', 'payable'));`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists CHK_ledger_entry_pending_is_order_share;`);
    this.addSql(`alter table if exists "ledger_entry" add constraint CHK_ledger_entry_pending_is_order_share check (state = 'payable' OR (type IN ('sale', 'reversal') AND payout_id IS NULL));`);
    // A line's sale is now corrected by further rows (pending to payable, edits, re-credits): one row per line and account no longer holds.
    this.addSql(`drop index if exists "IDX_ledger_entry_one_sale_per_line_account";`);
    // A fee is two rows now (CIS operations pay, card fees receive): one per payment and account.
    this.addSql(`drop index if exists "IDX_ledger_entry_one_fee_per_payment";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_one_fee_per_payment_account" ON "ledger_entry" ("source_line_id", "account") WHERE type = 'fee' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_transaction" ON "ledger_entry" ("transaction_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout" add column if not exists "exchange_rate" text null;`);

    // Created by the cooperative module's first migration before the move; here for databases that start with the ledger module.
    this.addSql(`create table if not exists "revenue_split" ("id" text not null, "community_fund_bps" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "revenue_split_pkey" primary key ("id"), constraint CHK_revenue_split_fund_bps check (community_fund_bps BETWEEN 0 AND 10000));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_revenue_split_deleted_at" ON "revenue_split" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "advance" cascade;`);
    this.addSql(`alter table if exists "payout" drop column if exists "exchange_rate";`);
    this.addSql(`drop index if exists "IDX_ledger_entry_transaction";`);
    this.addSql(`drop index if exists "IDX_ledger_entry_one_fee_per_payment_account";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists CHK_ledger_entry_pending_is_order_share;`);
    this.addSql(`alter table if exists "ledger_entry" drop column if exists "state";`);
    this.addSql(`alter table if exists "ledger_entry" drop column if exists "transaction_id";`);
  }
}
