import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206232342 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "transfer_instruction" drop constraint if exists "transfer_instruction_currency_unique";`);
    this.addSql(`alter table if exists "statement_line" drop constraint if exists "statement_line_confirmed_order_unique";`);
    this.addSql(`alter table if exists "statement_line" drop constraint if exists "statement_line_fingerprint_unique";`);
    this.addSql(`create table if not exists "statement_import" ("id" text not null, "file_name" text not null, "imported_by" text not null, "credit_count" integer not null, "duplicate_count" integer not null, "skipped_count" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "statement_import_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_import_deleted_at" ON "statement_import" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "statement_line" ("id" text not null, "import_id" text not null, "fingerprint" text not null, "row_number" integer not null, "booked_on" text not null, "amount" integer not null, "currency_code" text not null, "description" text not null, "status" text check ("status" in ('proposed', 'over', 'partial', 'unmatched', 'confirmed')) not null, "note" text null, "order_id" text null, "order_display_id" integer null, "expected_amount" integer null, "payment_id" text null, "confirmed_by" text null, "confirmed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "statement_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_line_import_id" ON "statement_line" ("import_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_line_deleted_at" ON "statement_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_statement_line_fingerprint_unique" ON "statement_line" ("fingerprint") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_statement_line_confirmed_order_unique" ON "statement_line" ("order_id") WHERE status = 'confirmed' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_line_status" ON "statement_line" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "transfer_instruction" ("id" text not null, "currency_code" text not null, "beneficiary" text not null, "bank_name" text not null, "bank_address" text null, "account_number" text null, "iban" text null, "swift_bic" text null, "aba_routing" text null, "days_to_pay" integer not null, "note" text null, "is_example" boolean not null default false, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "transfer_instruction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_transfer_instruction_deleted_at" ON "transfer_instruction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_transfer_instruction_currency_unique" ON "transfer_instruction" ("currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "statement_line" add constraint "statement_line_import_id_foreign" foreign key ("import_id") references "statement_import" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "statement_line" drop constraint if exists "statement_line_import_id_foreign";`);

    this.addSql(`drop table if exists "statement_import" cascade;`);

    this.addSql(`drop table if exists "statement_line" cascade;`);

    this.addSql(`drop table if exists "transfer_instruction" cascade;`);
  }

}
