import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127083342 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_type_check";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_source_check";`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_type_check" check("type" in ('sale', 'reversal', 'adjustment', 'fee'));`);
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_source_check" check("source" in ('order_item', 'shipping', 'manual', 'card_payment'));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_one_fee_per_payment" ON "ledger_entry" ("source_line_id") WHERE type = 'fee' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_type_check";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_source_check";`);

    this.addSql(`drop index if exists "IDX_ledger_entry_one_fee_per_payment";`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_type_check" check("type" in ('sale', 'reversal', 'adjustment'));`);
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_source_check" check("source" in ('order_item', 'shipping', 'manual'));`);
  }

}
