import type { MigrationInterface, QueryRunner } from "typeorm";

export class Invitations1795451054506 implements MigrationInterface {
  name = "Invitations1795451054506";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"invitation_letter\" AS ENUM('invitation', 'invitation_update', 'invitation_cancellation')");
    await queryRunner.query("CREATE TABLE \"invitations\" (\"participantId\" uuid NOT NULL, \"conferenceId\" uuid NOT NULL, \"sequence\" integer NOT NULL DEFAULT '0', \"lastLetter\" \"public\".\"invitation_letter\", \"firstSentAt\" TIMESTAMP WITH TIME ZONE, \"lastSentAt\" TIMESTAMP WITH TIME ZONE, \"lastMailId\" uuid, \"answeredAt\" TIMESTAMP WITH TIME ZONE, \"answerNote\" text, CONSTRAINT \"PK_a5f844e84c3457632a6880e8840\" PRIMARY KEY (\"participantId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ef6e5980320d3f8e7554582eff\" ON \"invitations\" (\"conferenceId\") ");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_a5f844e84c3457632a6880e8840\" FOREIGN KEY (\"participantId\") REFERENCES \"participants\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_ef6e5980320d3f8e7554582effd\" FOREIGN KEY (\"conferenceId\") REFERENCES \"conferences\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_ef6e5980320d3f8e7554582effd\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_a5f844e84c3457632a6880e8840\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ef6e5980320d3f8e7554582eff\"");
    await queryRunner.query("DROP TABLE \"invitations\"");
    await queryRunner.query("DROP TYPE \"public\".\"invitation_letter\"");
  }
}
