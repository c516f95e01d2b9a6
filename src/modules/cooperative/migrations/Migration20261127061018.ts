import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127061018 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "coordinator" drop constraint if exists "coordinator_email_unique";`);
    this.addSql(`create table if not exists "coordinator" ("id" text not null, "cooperative_id" text not null, "email" text not null, "name" text not null, "status" text check ("status" in ('invited', 'active', 'deactivated')) not null default 'invited', "invite_token_hash" text null, "invite_expires_at" timestamptz null, "invited_by" text not null, "activated_at" timestamptz null, "deactivated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coordinator_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_deleted_at" ON "coordinator" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coordinator_email_unique" ON "coordinator" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coordinator_invite_token_hash" ON "coordinator" ("invite_token_hash") WHERE invite_token_hash IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_cooperative" ON "coordinator" ("cooperative_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coordinator" cascade;`);
  }

}
