import { MigrationInterface, QueryRunner } from 'typeorm';

/** Background jobs shared by every API process (libs/api/jobs): queue, leases, progress, dedupe keys. */
export class CreateJobs1764100000000 implements MigrationInterface {
  name = 'CreateJobs1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "jobs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" character varying(100) NOT NULL,
        "payload" jsonb NOT NULL DEFAULT '{}',
        "state" character varying(20) NOT NULL DEFAULT 'queued',
        "progress" double precision NOT NULL DEFAULT '0',
        "progress_message" character varying(300),
        "result" jsonb,
        "error_code" character varying(100),
        "error_message" character varying(500),
        "attempts" integer NOT NULL DEFAULT '0',
        "max_attempts" integer NOT NULL DEFAULT '3',
        "run_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "locked_by" character varying(200),
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "dedupe_key" character varying(200),
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "started_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_jobs_state" CHECK ("state" IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
        CONSTRAINT "CHK_jobs_progress" CHECK ("progress" >= 0 AND "progress" <= 1),
        CONSTRAINT "CHK_jobs_attempts" CHECK ("attempts" >= 0 AND "max_attempts" >= 1),
        CONSTRAINT "PK_jobs" PRIMARY KEY ("id"),
        CONSTRAINT "FK_jobs_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_jobs_queued" ON "jobs" ("run_after", "id") WHERE "state" = 'queued'`);
    await queryRunner.query(`CREATE INDEX "IDX_jobs_running_lease" ON "jobs" ("locked_until") WHERE "state" = 'running'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_jobs_dedupe_key" ON "jobs" ("dedupe_key") WHERE "dedupe_key" IS NOT NULL AND "state" IN ('queued', 'running')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_jobs_finished" ON "jobs" ("finished_at") WHERE "finished_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_jobs_created_by" ON "jobs" ("created_by")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "jobs"`);
  }
}
