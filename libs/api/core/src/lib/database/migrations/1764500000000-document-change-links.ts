import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff link a change of the document (one paragraph, in the version that changed it) to the themes and comments that
 * led to it; the report shows them with "what changed in the text". The ids are arrays without foreign keys: they are
 * checked on write and filtered on read (libs/api/consultation, DocumentChangeLinkRepository).
 */
export class DocumentChangeLinks1764500000000 implements MigrationInterface {
  name = 'DocumentChangeLinks1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "document_change_links" (
        "consultation_id" uuid NOT NULL,
        "to_version" integer NOT NULL,
        "paragraph_key" character varying(16) NOT NULL,
        "theme_ids" uuid array NOT NULL,
        "comment_ids" uuid array NOT NULL,
        "updated_by" uuid,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_document_change_links" PRIMARY KEY ("consultation_id", "to_version", "paragraph_key"),
        CONSTRAINT "FK_document_change_links_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "document_change_links"`);
  }
}
