import type { MigrationInterface, QueryRunner } from "typeorm";

export class CollabDocuments1795439703631 implements MigrationInterface {
  name = "CollabDocuments1795439703631";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"collab_updates\" (\"seq\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"conferenceId\" uuid NOT NULL, \"data\" bytea NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a4bcbc509c521b726a0c9de6e0c\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"IDX_757951e2389f309c897024350c\" ON \"collab_updates\" (\"conferenceId\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"collab_snapshots\" (\"conferenceId\" uuid NOT NULL, \"state\" bytea NOT NULL, \"stateVector\" bytea NOT NULL, \"lastSeq\" bigint NOT NULL, \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_967dfc72e49d8fc4ed262f7a78a\" PRIMARY KEY (\"conferenceId\"))");
    await queryRunner.query("ALTER TABLE \"collab_updates\" ADD CONSTRAINT \"FK_aa54e2e22fc4125076afb29ad49\" FOREIGN KEY (\"conferenceId\") REFERENCES \"conferences\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"collab_snapshots\" ADD CONSTRAINT \"FK_967dfc72e49d8fc4ed262f7a78a\" FOREIGN KEY (\"conferenceId\") REFERENCES \"conferences\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"collab_snapshots\" DROP CONSTRAINT \"FK_967dfc72e49d8fc4ed262f7a78a\"");
    await queryRunner.query("ALTER TABLE \"collab_updates\" DROP CONSTRAINT \"FK_aa54e2e22fc4125076afb29ad49\"");
    await queryRunner.query("DROP TABLE \"collab_snapshots\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_757951e2389f309c897024350c\"");
    await queryRunner.query("DROP TABLE \"collab_updates\"");
  }
}
