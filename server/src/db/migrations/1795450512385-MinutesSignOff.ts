import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Minutes versions and their signatures. Both are append-only like the audit log: a trigger
 * refuses UPDATE, DELETE and TRUNCATE, so a signed version and its signatures cannot be changed
 * afterwards, not even by the server itself.
 */
export class MinutesSignOff1795450512385 implements MigrationInterface {
  name = "MinutesSignOff1795450512385";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "minutes_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conferenceId" uuid NOT NULL, "number" integer NOT NULL, "content" jsonb NOT NULL, "sha256" text NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "createdByKind" text NOT NULL, "createdByAccountId" uuid, "createdByParticipantId" uuid, CONSTRAINT "UQ_minutes_version_number" UNIQUE ("conferenceId", "number"), CONSTRAINT "PK_7a9a3e73923ffaddc370c83b869" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_7a89898a2051ce3984a9b229e4" ON "minutes_versions" ("conferenceId") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"minutes_signature_outcome\" AS ENUM('signed', 'dissent', 'correction_requested', 'missing')",
    );
    await queryRunner.query(
      'CREATE TABLE "minutes_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "versionId" uuid NOT NULL, "participantId" uuid NOT NULL, "outcome" "public"."minutes_signature_outcome" NOT NULL, "note" text, "inRoom" boolean NOT NULL DEFAULT false, "recordedByKind" text NOT NULL, "recordedByAccountId" uuid, "recordedByParticipantId" uuid, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_minutes_signature_participant" UNIQUE ("versionId", "participantId"), CONSTRAINT "PK_26062f480428895877a338ec850" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_56b82ad5f8c5040427b7958307" ON "minutes_signatures" ("versionId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_b24d3aa0cb0990b8fef3684d23" ON "minutes_signatures" ("participantId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "minutes_versions" ADD CONSTRAINT "FK_7a89898a2051ce3984a9b229e44" FOREIGN KEY ("conferenceId") REFERENCES "conferences"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "minutes_signatures" ADD CONSTRAINT "FK_56b82ad5f8c5040427b79583079" FOREIGN KEY ("versionId") REFERENCES "minutes_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "minutes_signatures" ADD CONSTRAINT "FK_b24d3aa0cb0990b8fef3684d232" FOREIGN KEY ("participantId") REFERENCES "participants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      "CREATE FUNCTION minutes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege'; END $$",
    );
    for (const table of ["minutes_versions", "minutes_signatures"]) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION minutes_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION minutes_append_only()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["minutes_signatures", "minutes_versions"]) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_change ON ${table}`);
    }
    await queryRunner.query("DROP FUNCTION minutes_append_only()");
    await queryRunner.query('ALTER TABLE "minutes_signatures" DROP CONSTRAINT "FK_b24d3aa0cb0990b8fef3684d232"');
    await queryRunner.query('ALTER TABLE "minutes_signatures" DROP CONSTRAINT "FK_56b82ad5f8c5040427b79583079"');
    await queryRunner.query('ALTER TABLE "minutes_versions" DROP CONSTRAINT "FK_7a89898a2051ce3984a9b229e44"');
    await queryRunner.query('DROP INDEX "public"."IDX_b24d3aa0cb0990b8fef3684d23"');
    await queryRunner.query('DROP INDEX "public"."IDX_56b82ad5f8c5040427b7958307"');
    await queryRunner.query('DROP TABLE "minutes_signatures"');
    await queryRunner.query('DROP TYPE "public"."minutes_signature_outcome"');
    await queryRunner.query('DROP INDEX "public"."IDX_7a89898a2051ce3984a9b229e4"');
    await queryRunner.query('DROP TABLE "minutes_versions"');
  }
}
