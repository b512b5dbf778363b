import type { MigrationInterface, QueryRunner } from "typeorm";

export class MailQueue1795450309130 implements MigrationInterface {
  name = "MailQueue1795450309130";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"mail_kind\" AS ENUM('invitation', 'invitation_update', 'invitation_cancellation', 'minutes', 'task_reminder', 'deadline_reminder')");
    await queryRunner.query("CREATE TYPE \"public\".\"mail_status\" AS ENUM('queued', 'sending', 'sent', 'failed')");
    await queryRunner.query("CREATE TABLE \"mail_messages\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" \"public\".\"mail_kind\" NOT NULL, \"conferenceId\" uuid, \"participantId\" uuid, \"recipientName\" text NOT NULL, \"recipientAddress\" text NOT NULL, \"subject\" text NOT NULL, \"messageId\" text NOT NULL, \"raw\" bytea NOT NULL, \"status\" \"public\".\"mail_status\" NOT NULL DEFAULT 'queued', \"attempts\" integer NOT NULL DEFAULT '0', \"nextAttemptAt\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"claimToken\" uuid, \"lastError\" text, \"lastAttemptAt\" TIMESTAMP(3) WITH TIME ZONE, \"sentAt\" TIMESTAMP(3) WITH TIME ZONE, \"createdAt\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1bd6e76ef3b3d4aff7d0510a509\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_12f8339bbf645cf6869d814eec\" ON \"mail_messages\" (\"participantId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9bfc0cda16ea6bc80d376e7c99\" ON \"mail_messages\" (\"conferenceId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e943f011105d33468e4c3d6a90\" ON \"mail_messages\" (\"status\", \"nextAttemptAt\") ");
    await queryRunner.query("ALTER TABLE \"mail_messages\" ADD CONSTRAINT \"FK_c79757ea7a0deba6cf9ba2a2676\" FOREIGN KEY (\"conferenceId\") REFERENCES \"conferences\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mail_messages\" ADD CONSTRAINT \"FK_12f8339bbf645cf6869d814eecd\" FOREIGN KEY (\"participantId\") REFERENCES \"participants\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // The outbox is the record of what was sent to whom: the database refuses to remove messages.
    await queryRunner.query("CREATE FUNCTION mail_messages_kept() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'mail_messages are kept: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$");
    await queryRunner.query("CREATE TRIGGER mail_messages_no_delete BEFORE DELETE ON mail_messages FOR EACH ROW EXECUTE FUNCTION mail_messages_kept()");
    await queryRunner.query("CREATE TRIGGER mail_messages_no_truncate BEFORE TRUNCATE ON mail_messages FOR EACH STATEMENT EXECUTE FUNCTION mail_messages_kept()");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER mail_messages_no_truncate ON mail_messages");
    await queryRunner.query("DROP TRIGGER mail_messages_no_delete ON mail_messages");
    await queryRunner.query("DROP FUNCTION mail_messages_kept()");
    await queryRunner.query("ALTER TABLE \"mail_messages\" DROP CONSTRAINT \"FK_12f8339bbf645cf6869d814eecd\"");
    await queryRunner.query("ALTER TABLE \"mail_messages\" DROP CONSTRAINT \"FK_c79757ea7a0deba6cf9ba2a2676\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e943f011105d33468e4c3d6a90\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9bfc0cda16ea6bc80d376e7c99\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_12f8339bbf645cf6869d814eec\"");
    await queryRunner.query("DROP TABLE \"mail_messages\"");
    await queryRunner.query("DROP TYPE \"public\".\"mail_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"mail_kind\"");
  }
}
