import type { MigrationInterface, QueryRunner } from "typeorm";

export class FollowupClocks1795450479961 implements MigrationInterface {
  name = "FollowupClocks1795450479961";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"conference_status_changes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"conferenceId\" uuid NOT NULL, \"fromStatus\" \"public\".\"conference_status\", \"toStatus\" \"public\".\"conference_status\" NOT NULL, \"changedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_191c2078070f93dbf8e8d6bf0da\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_40229b107925d5cb5b26fa2f68\" ON \"conference_status_changes\" (\"conferenceId\", \"changedAt\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"deadline_kind\" AS ENUM('task', 'minutes', 'next_conference', 'evaluation')");
    await queryRunner.query("CREATE TYPE \"public\".\"reminder_timing\" AS ENUM('before_due', 'overdue')");
    await queryRunner.query("CREATE TYPE \"public\".\"reminder_outcome\" AS ENUM('queued', 'no_address')");
    await queryRunner.query("CREATE TABLE \"followup_reminders\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"deadlineKind\" \"public\".\"deadline_kind\" NOT NULL, \"subjectId\" uuid NOT NULL, \"caseId\" uuid NOT NULL, \"taskId\" uuid, \"timing\" \"public\".\"reminder_timing\" NOT NULL, \"dueDate\" date NOT NULL, \"repeat\" integer NOT NULL, \"recipientPersonId\" uuid, \"outcome\" \"public\".\"reminder_outcome\" NOT NULL, \"mailId\" uuid, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_followup_reminder\" UNIQUE (\"deadlineKind\", \"subjectId\", \"timing\", \"dueDate\", \"repeat\"), CONSTRAINT \"PK_83e2630b3ccb5b6e045077cb818\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_970d9869f7c37d1cf5b30a5124\" ON \"followup_reminders\" (\"caseId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_564ee9ef2474174166883ad31b\" ON \"followup_reminders\" (\"taskId\") ");
    await queryRunner.query("ALTER TABLE \"conference_status_changes\" ADD CONSTRAINT \"FK_134e9f7c4cd5d08b8ab859541c2\" FOREIGN KEY (\"conferenceId\") REFERENCES \"conferences\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"followup_reminders\" ADD CONSTRAINT \"FK_970d9869f7c37d1cf5b30a5124a\" FOREIGN KEY (\"caseId\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"followup_reminders\" ADD CONSTRAINT \"FK_564ee9ef2474174166883ad31b9\" FOREIGN KEY (\"taskId\") REFERENCES \"tasks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"followup_reminders\" ADD CONSTRAINT \"FK_3bba304bda0fb63b194caa33998\" FOREIGN KEY (\"recipientPersonId\") REFERENCES \"persons\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Status history written by the database itself, whatever code changes the status.
    await queryRunner.query(
      `CREATE FUNCTION conference_status_history() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           INSERT INTO conference_status_changes ("conferenceId", "fromStatus", "toStatus", "changedAt")
           VALUES (NEW.id, NULL, NEW.status, NEW."statusChangedAt");
         ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
           INSERT INTO conference_status_changes ("conferenceId", "fromStatus", "toStatus", "changedAt")
           VALUES (NEW.id, OLD.status, NEW.status,
                   CASE WHEN NEW."statusChangedAt" IS DISTINCT FROM OLD."statusChangedAt" THEN NEW."statusChangedAt" ELSE now() END);
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      "CREATE TRIGGER conference_status_history AFTER INSERT OR UPDATE OF status ON conferences FOR EACH ROW EXECUTE FUNCTION conference_status_history()",
    );
    // Conferences from before the history: their current status, as first known.
    await queryRunner.query(
      `INSERT INTO conference_status_changes ("conferenceId", "fromStatus", "toStatus", "changedAt")
       SELECT id, NULL, status, "statusChangedAt" FROM conferences`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER conference_status_history ON conferences");
    await queryRunner.query("DROP FUNCTION conference_status_history()");
    await queryRunner.query("ALTER TABLE \"followup_reminders\" DROP CONSTRAINT \"FK_3bba304bda0fb63b194caa33998\"");
    await queryRunner.query("ALTER TABLE \"followup_reminders\" DROP CONSTRAINT \"FK_564ee9ef2474174166883ad31b9\"");
    await queryRunner.query("ALTER TABLE \"followup_reminders\" DROP CONSTRAINT \"FK_970d9869f7c37d1cf5b30a5124a\"");
    await queryRunner.query("ALTER TABLE \"conference_status_changes\" DROP CONSTRAINT \"FK_134e9f7c4cd5d08b8ab859541c2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_564ee9ef2474174166883ad31b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_970d9869f7c37d1cf5b30a5124\"");
    await queryRunner.query("DROP TABLE \"followup_reminders\"");
    await queryRunner.query("DROP TYPE \"public\".\"reminder_outcome\"");
    await queryRunner.query("DROP TYPE \"public\".\"reminder_timing\"");
    await queryRunner.query("DROP TYPE \"public\".\"deadline_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_40229b107925d5cb5b26fa2f68\"");
    await queryRunner.query("DROP TABLE \"conference_status_changes\"");
  }
}
