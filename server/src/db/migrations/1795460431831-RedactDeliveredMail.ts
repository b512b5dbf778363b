import type { MigrationInterface, QueryRunner } from "typeorm";

export class RedactDeliveredMail1795460431831 implements MigrationInterface {
  name = "RedactDeliveredMail1795460431831";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mail_messages\" ADD \"redactedRaw\" bytea");
    await queryRunner.query("ALTER TABLE \"mail_messages\" ADD \"redactedAt\" TIMESTAMP(3) WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mail_messages\" DROP COLUMN \"redactedAt\"");
    await queryRunner.query("ALTER TABLE \"mail_messages\" DROP COLUMN \"redactedRaw\"");
  }
}
