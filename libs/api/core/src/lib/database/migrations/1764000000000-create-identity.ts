import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity: users, sessions, single-use e-mail tokens; plus the shared rate-limit counters and
 * the development mail outbox. Matches the entities in libs/api/identity and libs/api/core.
 */
export class CreateIdentity1764000000000 implements MigrationInterface {
  name = 'CreateIdentity1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('resident', 'moderator', 'admin')`);
    await queryRunner.query(`CREATE TYPE "public"."user_locale" AS ENUM('pl', 'en')`);
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(254) NOT NULL,
        "display_name" character varying(80) NOT NULL,
        "password_hash" character varying(255) NOT NULL,
        "role" "public"."user_role" NOT NULL DEFAULT 'resident',
        "locale" "public"."user_locale" NOT NULL DEFAULT 'pl',
        "email_verified_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "users_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_lower_key" ON "users" (lower("email"))`);

    await queryRunner.query(`
      CREATE TABLE "sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" character(64) NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "ip" character varying(64),
        "user_agent" character varying(512),
        CONSTRAINT "sessions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "sessions_expires_at_idx" ON "sessions" ("expires_at")`);

    await queryRunner.query(`CREATE TYPE "public"."user_token_purpose" AS ENUM('email_verification', 'password_reset')`);
    await queryRunner.query(`
      CREATE TABLE "user_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" "public"."user_token_purpose" NOT NULL,
        "token_hash" character(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "user_tokens_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "user_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "user_tokens_user_id_purpose_idx" ON "user_tokens" ("user_id", "purpose")`);

    await queryRunner.query(`
      CREATE TABLE "rate_limit_counters" (
        "key" character varying(200) NOT NULL,
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "count" integer NOT NULL DEFAULT 0,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key", "window_start")
      )`);
    await queryRunner.query(`CREATE INDEX "rate_limit_counters_expires_at_idx" ON "rate_limit_counters" ("expires_at")`);

    await queryRunner.query(`
      CREATE TABLE "dev_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "to" character varying(254) NOT NULL,
        "subject" character varying(300) NOT NULL,
        "text" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "dev_outbox_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "dev_outbox_to_created_at_idx" ON "dev_outbox" ("to", "created_at")`);
    await queryRunner.query(`CREATE INDEX "dev_outbox_created_at_idx" ON "dev_outbox" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "dev_outbox"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
    await queryRunner.query(`DROP TABLE "user_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."user_token_purpose"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_locale"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
  }
}
