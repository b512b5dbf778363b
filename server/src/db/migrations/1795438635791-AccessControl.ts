import type { MigrationInterface, QueryRunner } from "typeorm";

export class AccessControl1795438635791 implements MigrationInterface {
  name = "AccessControl1795438635791";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"audit_outcome\" AS ENUM('ok', 'refused', 'failed')");
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actorKind" text NOT NULL, "accountId" uuid, "participantId" uuid, "sessionId" uuid, "action" text NOT NULL, "recordType" text, "recordId" text, "ip" text, "changedFields" text array, "outcome" "public"."audit_outcome" NOT NULL, "detail" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log" ("at") ');
    await queryRunner.query('CREATE INDEX "IDX_d64a1164e72b0121fbc0737801" ON "audit_log" ("accountId") ');
    await queryRunner.query('CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log" ("action") ');
    await queryRunner.query('CREATE INDEX "IDX_ac8b61aa7739aff134f87f190a" ON "audit_log" ("recordType", "recordId") ');
    await queryRunner.query("CREATE TYPE \"public\".\"account_role\" AS ENUM('admin', 'staff')");
    await queryRunner.query(
      'CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "displayName" text NOT NULL, "role" "public"."account_role" NOT NULL, "passwordHash" text NOT NULL, "personId" uuid, "disabledAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_6a674076984e98f80ef5332d99" UNIQUE ("personId"), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ee66de6cdc53993296d1ceb8aa" ON "accounts" ("email") ');
    await queryRunner.query(
      'CREATE TABLE "guest_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participantId" uuid NOT NULL, "tokenHash" text NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "lastUsedAt" TIMESTAMP WITH TIME ZONE, "createdById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e40ce6fdaf0a6217bed6081ec2a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_524f75de1830df3714d20805b5" ON "guest_links" ("participantId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_f2e69daf7c43166871a62ea9e7" ON "guest_links" ("tokenHash") ');
    await queryRunner.query("CREATE TYPE \"public\".\"session_kind\" AS ENUM('staff', 'guest')");
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tokenHash" text NOT NULL, "kind" "public"."session_kind" NOT NULL, "accountId" uuid, "guestLinkId" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "absoluteExpiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "ip" text, "userAgent" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_bace6c68efc156fddac9b14bda" ON "sessions" ("tokenHash") ');
    await queryRunner.query('CREATE INDEX "IDX_6fee377066ebeed22567e4390e" ON "sessions" ("accountId") ');
    await queryRunner.query('CREATE INDEX "IDX_f092f82766df6612a89f9ffe1d" ON "sessions" ("guestLinkId") ');
    await queryRunner.query(
      'CREATE TABLE "sign_in_throttles" ("key" text NOT NULL, "failures" integer NOT NULL, "windowStart" TIMESTAMP WITH TIME ZONE NOT NULL, "lockedUntil" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f01bfc0e243b5d41e587ffff6dd" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "case_team" ("caseId" uuid NOT NULL, "accountId" uuid NOT NULL, CONSTRAINT "PK_5fec69d4d38d6ee2b3dafe1cb1a" PRIMARY KEY ("caseId", "accountId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_47e9d95b72501f3f4667ca7832" ON "case_team" ("caseId") ');
    await queryRunner.query('CREATE INDEX "IDX_cc5ce99e83738825777bb8a87a" ON "case_team" ("accountId") ');
    await queryRunner.query(
      'ALTER TABLE "accounts" ADD CONSTRAINT "FK_6a674076984e98f80ef5332d995" FOREIGN KEY ("personId") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guest_links" ADD CONSTRAINT "FK_524f75de1830df3714d20805b59" FOREIGN KEY ("participantId") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_6fee377066ebeed22567e4390ee" FOREIGN KEY ("accountId") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_f092f82766df6612a89f9ffe1d2" FOREIGN KEY ("guestLinkId") REFERENCES "guest_links"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_team" ADD CONSTRAINT "FK_47e9d95b72501f3f4667ca78322" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "case_team" ADD CONSTRAINT "FK_cc5ce99e83738825777bb8a87a6" FOREIGN KEY ("accountId") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );

    // Append-only: the database itself refuses to change or remove audit entries, whoever asks.
    await queryRunner.query(
      "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$",
    );
    await queryRunner.query(
      "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    );
    await queryRunner.query(
      "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_team" DROP CONSTRAINT "FK_cc5ce99e83738825777bb8a87a6"');
    await queryRunner.query('ALTER TABLE "case_team" DROP CONSTRAINT "FK_47e9d95b72501f3f4667ca78322"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_f092f82766df6612a89f9ffe1d2"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_6fee377066ebeed22567e4390ee"');
    await queryRunner.query('ALTER TABLE "guest_links" DROP CONSTRAINT "FK_524f75de1830df3714d20805b59"');
    await queryRunner.query('ALTER TABLE "accounts" DROP CONSTRAINT "FK_6a674076984e98f80ef5332d995"');
    await queryRunner.query('DROP INDEX "public"."IDX_cc5ce99e83738825777bb8a87a"');
    await queryRunner.query('DROP INDEX "public"."IDX_47e9d95b72501f3f4667ca7832"');
    await queryRunner.query('DROP TABLE "case_team"');
    await queryRunner.query('DROP TABLE "sign_in_throttles"');
    await queryRunner.query('DROP INDEX "public"."IDX_f092f82766df6612a89f9ffe1d"');
    await queryRunner.query('DROP INDEX "public"."IDX_6fee377066ebeed22567e4390e"');
    await queryRunner.query('DROP INDEX "public"."IDX_bace6c68efc156fddac9b14bda"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP TYPE "public"."session_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_f2e69daf7c43166871a62ea9e7"');
    await queryRunner.query('DROP INDEX "public"."IDX_524f75de1830df3714d20805b5"');
    await queryRunner.query('DROP TABLE "guest_links"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee66de6cdc53993296d1ceb8aa"');
    await queryRunner.query('DROP TABLE "accounts"');
    await queryRunner.query('DROP TYPE "public"."account_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_ac8b61aa7739aff134f87f190a"');
    await queryRunner.query('DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"');
    await queryRunner.query('DROP INDEX "public"."IDX_d64a1164e72b0121fbc0737801"');
    await queryRunner.query('DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"');
    await queryRunner.query("DROP TRIGGER audit_log_no_truncate ON audit_log");
    await queryRunner.query("DROP TRIGGER audit_log_no_change ON audit_log");
    await queryRunner.query("DROP FUNCTION audit_log_append_only()");
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP TYPE "public"."audit_outcome"');
  }
}
