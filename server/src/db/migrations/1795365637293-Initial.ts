import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795365637293 implements MigrationInterface {
  name = "Initial1795365637293";

  // Edited: task_status is shared by two tables and was emitted twice.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"institution_kind\" AS ENUM('family_child_welfare_service', 'family_child_welfare_centre', 'child_protection_authority', 'health_visitor_service', 'nursery', 'kindergarten', 'school', 'educational_counselling', 'health_care', 'probation_service', 'police', 'leisure_centre', 'other')",
    );
    await queryRunner.query(
      'CREATE TABLE "institutions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."institution_kind" NOT NULL, "address" text, "email" text, "phone" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0be7539dcdba335470dc05e9690" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_15c98649276025998cd1acaf61" ON "institutions" ("name") ');
    await queryRunner.query("CREATE TYPE \"public\".\"person_kind\" AS ENUM('professional', 'family')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"profession\" AS ENUM('case_manager', 'family_support_worker', 'signalling_system_advisor', 'health_visitor', 'nursery_worker', 'kindergarten_teacher', 'school_child_protection_officer', 'school_counsellor', 'teacher', 'educational_counsellor', 'paediatrician', 'general_practitioner', 'psychologist', 'psychiatrist', 'preventive_probation_officer', 'probation_officer', 'youth_curator', 'facilitator', 'other')",
    );
    await queryRunner.query(
      'CREATE TABLE "persons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."person_kind" NOT NULL, "fullName" text NOT NULL, "profession" "public"."profession", "relationship" text, "institutionId" uuid, "email" text, "phone" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74278d8812a049233ce41440ac7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c4ebe0aeb71a28e9ff7adf667d" ON "persons" ("fullName") ');
    await queryRunner.query('CREATE INDEX "IDX_98b969f9372fce31365f08ec11" ON "persons" ("institutionId") ');
    await queryRunner.query("CREATE TYPE \"public\".\"case_status\" AS ENUM('open', 'closed')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"case_flag\" AS ENUM('preventive_probation', 'juvenile_probation', 'crime_prevention_risk_medium_or_higher')",
    );
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "familyName" text NOT NULL, "status" "public"."case_status" NOT NULL DEFAULT \'open\', "flags" "public"."case_flag" array NOT NULL DEFAULT \'{}\', "caseManagerId" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_54644dc5f4b6350d047ab0ce40" ON "cases" ("reference") ');
    await queryRunner.query('CREATE INDEX "IDX_1ccc70102c7194a6bc9cff4001" ON "cases" ("familyName") ');
    await queryRunner.query('CREATE INDEX "IDX_d5e9ae6ee5f6fb110bf01f41e8" ON "cases" ("caseManagerId") ');
    await queryRunner.query('CREATE INDEX "IDX_e5f3daac85dd75332c4ada1341" ON "cases" ("updatedAt") ');
    await queryRunner.query(
      'CREATE TABLE "case_reporters" ("caseId" uuid NOT NULL, "name" text NOT NULL, "contact" text, "reportedOn" date, "note" text, CONSTRAINT "PK_8e608dd847c118cc30089e04fdf" PRIMARY KEY ("caseId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "case_children" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "caseId" uuid NOT NULL, "fullName" text NOT NULL, "birthDate" date NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_28ce0be4fefe13bdb2ab8af22c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_03673b7d9ccee7c27300ff4ef1" ON "case_children" ("caseId") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"conference_kind\" AS ENUM('conference', 'consultation', 'inter_professional')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"language\" AS ENUM('en', 'hu', 'cs')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"conference_status\" AS ENUM('draft', 'invited', 'live', 'signing', 'closed', 'cancelled')",
    );
    await queryRunner.query(
      'CREATE TABLE "conferences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "caseId" uuid NOT NULL, "kind" "public"."conference_kind" NOT NULL DEFAULT \'conference\', "purpose" text NOT NULL, "scheduledStart" TIMESTAMP WITH TIME ZONE, "plannedDurationMinutes" integer NOT NULL DEFAULT \'180\', "place" text, "onlineLink" text, "seriesIndex" integer NOT NULL, "language" "public"."language" NOT NULL DEFAULT \'en\', "status" "public"."conference_status" NOT NULL DEFAULT \'draft\', "statusChangedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_conference_series" UNIQUE ("caseId", "seriesIndex"), CONSTRAINT "PK_d28afb89755d548215ce4e7667b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2b78fd36491f39a09c8ffed7b2" ON "conferences" ("caseId") ');
    await queryRunner.query('CREATE INDEX "IDX_eb65c66f833a28ffeba602890d" ON "conferences" ("scheduledStart") ');
    await queryRunner.query('CREATE INDEX "IDX_c34fc6605ea27f376e05ebbff0" ON "conferences" ("status") ');
    await queryRunner.query(
      'CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conferenceId" uuid NOT NULL, "title" text NOT NULL, "timeboxMinutes" integer NOT NULL, "position" integer NOT NULL, "reviewsTaskId" uuid, CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_6a1d69afd01520c7f50e9f1c1a" ON "agenda_items" ("conferenceId") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"participant_role\" AS ENUM('organiser', 'facilitator', 'note_taker', 'professional', 'parent', 'child', 'relative', 'supporter', 'observer')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"invitation_state\" AS ENUM('not_sent', 'sent', 'accepted', 'declined')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"attendance\" AS ENUM('in_room', 'remote', 'absent', 'excused')");
    await queryRunner.query(
      'CREATE TABLE "participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conferenceId" uuid NOT NULL, "personId" uuid NOT NULL, "role" "public"."participant_role" NOT NULL, "invitationState" "public"."invitation_state" NOT NULL DEFAULT \'not_sent\', "attendance" "public"."attendance", "joinedAt" TIMESTAMP WITH TIME ZONE, "leftAt" TIMESTAMP WITH TIME ZONE, "confidentialityAcknowledgedAt" TIMESTAMP WITH TIME ZONE, "signedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_participant_person" UNIQUE ("conferenceId", "personId"), CONSTRAINT "PK_1cda06c31eec1c95b3365a0283f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_db302d9564ae2dc19f59059d3d" ON "participants" ("conferenceId") ');
    await queryRunner.query('CREATE INDEX "IDX_d542f41a1b49198817215a4cfe" ON "participants" ("personId") ');
    await queryRunner.query("CREATE TYPE \"public\".\"task_status\" AS ENUM('open', 'in_progress', 'done', 'dropped')");
    await queryRunner.query(
      'CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "caseId" uuid NOT NULL, "agreedInId" uuid, "title" text NOT NULL, "ownerPersonId" uuid, "ownerParticipantId" uuid, "dueDate" date, "successIndicator" text, "status" "public"."task_status" NOT NULL DEFAULT \'open\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_86730c0199f90946e3694b60f9" ON "tasks" ("caseId") ');
    await queryRunner.query('CREATE INDEX "IDX_ad61c24b91dc2425ceff8abe0f" ON "tasks" ("agreedInId") ');
    await queryRunner.query('CREATE INDEX "IDX_277b46db7e212f672f734fbf74" ON "tasks" ("ownerPersonId") ');
    await queryRunner.query('CREATE INDEX "IDX_c300d154a85801889174e92a3d" ON "tasks" ("dueDate") ');
    await queryRunner.query('CREATE INDEX "IDX_6086c8dafbae729a930c04d865" ON "tasks" ("status") ');
    await queryRunner.query(
      'CREATE TABLE "task_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "taskId" uuid NOT NULL, "fromStatus" "public"."task_status", "toStatus" "public"."task_status" NOT NULL, "note" text, "changedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a7aa964dc16c0bf225984f06bdd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_76d8392c1ce500d5e55d081deb" ON "task_status_changes" ("taskId") ');
    await queryRunner.query(
      'CREATE TABLE "case_professionals" ("caseId" uuid NOT NULL, "personId" uuid NOT NULL, CONSTRAINT "PK_cfffb40633cc7275500ee453bc2" PRIMARY KEY ("caseId", "personId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_0344bf4debc61a20c3ce5f5b14" ON "case_professionals" ("caseId") ');
    await queryRunner.query('CREATE INDEX "IDX_a3ae9f97718bea718ce4dc8bba" ON "case_professionals" ("personId") ');
    await queryRunner.query(
      'CREATE TABLE "task_reviews" ("taskId" uuid NOT NULL, "conferenceId" uuid NOT NULL, CONSTRAINT "PK_53124b7bfeb985238dffdd4b49b" PRIMARY KEY ("taskId", "conferenceId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_e6918040421d81c791663d2c65" ON "task_reviews" ("taskId") ');
    await queryRunner.query('CREATE INDEX "IDX_50463394983f9cc74e1a9ddc01" ON "task_reviews" ("conferenceId") ');
    await queryRunner.query(
      'ALTER TABLE "persons" ADD CONSTRAINT "FK_98b969f9372fce31365f08ec11e" FOREIGN KEY ("institutionId") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_d5e9ae6ee5f6fb110bf01f41e8a" FOREIGN KEY ("caseManagerId") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_reporters" ADD CONSTRAINT "FK_8e608dd847c118cc30089e04fdf" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_children" ADD CONSTRAINT "FK_03673b7d9ccee7c27300ff4ef1c" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conferences" ADD CONSTRAINT "FK_2b78fd36491f39a09c8ffed7b27" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_6a1d69afd01520c7f50e9f1c1a9" FOREIGN KEY ("conferenceId") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participants" ADD CONSTRAINT "FK_db302d9564ae2dc19f59059d3d5" FOREIGN KEY ("conferenceId") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participants" ADD CONSTRAINT "FK_d542f41a1b49198817215a4cfeb" FOREIGN KEY ("personId") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_86730c0199f90946e3694b60f9f" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_ad61c24b91dc2425ceff8abe0f9" FOREIGN KEY ("agreedInId") REFERENCES "conferences"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_277b46db7e212f672f734fbf74a" FOREIGN KEY ("ownerPersonId") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_e4becdb8463addd3dca34fca059" FOREIGN KEY ("ownerParticipantId") REFERENCES "participants"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_status_changes" ADD CONSTRAINT "FK_76d8392c1ce500d5e55d081deb6" FOREIGN KEY ("taskId") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_professionals" ADD CONSTRAINT "FK_0344bf4debc61a20c3ce5f5b147" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "case_professionals" ADD CONSTRAINT "FK_a3ae9f97718bea718ce4dc8bbad" FOREIGN KEY ("personId") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "task_reviews" ADD CONSTRAINT "FK_e6918040421d81c791663d2c651" FOREIGN KEY ("taskId") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "task_reviews" ADD CONSTRAINT "FK_50463394983f9cc74e1a9ddc014" FOREIGN KEY ("conferenceId") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "task_reviews" DROP CONSTRAINT "FK_50463394983f9cc74e1a9ddc014"');
    await queryRunner.query('ALTER TABLE "task_reviews" DROP CONSTRAINT "FK_e6918040421d81c791663d2c651"');
    await queryRunner.query('ALTER TABLE "case_professionals" DROP CONSTRAINT "FK_a3ae9f97718bea718ce4dc8bbad"');
    await queryRunner.query('ALTER TABLE "case_professionals" DROP CONSTRAINT "FK_0344bf4debc61a20c3ce5f5b147"');
    await queryRunner.query('ALTER TABLE "task_status_changes" DROP CONSTRAINT "FK_76d8392c1ce500d5e55d081deb6"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_e4becdb8463addd3dca34fca059"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_277b46db7e212f672f734fbf74a"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_ad61c24b91dc2425ceff8abe0f9"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_86730c0199f90946e3694b60f9f"');
    await queryRunner.query('ALTER TABLE "participants" DROP CONSTRAINT "FK_d542f41a1b49198817215a4cfeb"');
    await queryRunner.query('ALTER TABLE "participants" DROP CONSTRAINT "FK_db302d9564ae2dc19f59059d3d5"');
    await queryRunner.query('ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_6a1d69afd01520c7f50e9f1c1a9"');
    await queryRunner.query('ALTER TABLE "conferences" DROP CONSTRAINT "FK_2b78fd36491f39a09c8ffed7b27"');
    await queryRunner.query('ALTER TABLE "case_children" DROP CONSTRAINT "FK_03673b7d9ccee7c27300ff4ef1c"');
    await queryRunner.query('ALTER TABLE "case_reporters" DROP CONSTRAINT "FK_8e608dd847c118cc30089e04fdf"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_d5e9ae6ee5f6fb110bf01f41e8a"');
    await queryRunner.query('ALTER TABLE "persons" DROP CONSTRAINT "FK_98b969f9372fce31365f08ec11e"');
    await queryRunner.query('DROP INDEX "public"."IDX_50463394983f9cc74e1a9ddc01"');
    await queryRunner.query('DROP INDEX "public"."IDX_e6918040421d81c791663d2c65"');
    await queryRunner.query('DROP TABLE "task_reviews"');
    await queryRunner.query('DROP INDEX "public"."IDX_a3ae9f97718bea718ce4dc8bba"');
    await queryRunner.query('DROP INDEX "public"."IDX_0344bf4debc61a20c3ce5f5b14"');
    await queryRunner.query('DROP TABLE "case_professionals"');
    await queryRunner.query('DROP INDEX "public"."IDX_76d8392c1ce500d5e55d081deb"');
    await queryRunner.query('DROP TABLE "task_status_changes"');
    await queryRunner.query('DROP INDEX "public"."IDX_6086c8dafbae729a930c04d865"');
    await queryRunner.query('DROP INDEX "public"."IDX_c300d154a85801889174e92a3d"');
    await queryRunner.query('DROP INDEX "public"."IDX_277b46db7e212f672f734fbf74"');
    await queryRunner.query('DROP INDEX "public"."IDX_ad61c24b91dc2425ceff8abe0f"');
    await queryRunner.query('DROP INDEX "public"."IDX_86730c0199f90946e3694b60f9"');
    await queryRunner.query('DROP TABLE "tasks"');
    await queryRunner.query('DROP TYPE "public"."task_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_d542f41a1b49198817215a4cfe"');
    await queryRunner.query('DROP INDEX "public"."IDX_db302d9564ae2dc19f59059d3d"');
    await queryRunner.query('DROP TABLE "participants"');
    await queryRunner.query('DROP TYPE "public"."attendance"');
    await queryRunner.query('DROP TYPE "public"."invitation_state"');
    await queryRunner.query('DROP TYPE "public"."participant_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_6a1d69afd01520c7f50e9f1c1a"');
    await queryRunner.query('DROP TABLE "agenda_items"');
    await queryRunner.query('DROP INDEX "public"."IDX_c34fc6605ea27f376e05ebbff0"');
    await queryRunner.query('DROP INDEX "public"."IDX_eb65c66f833a28ffeba602890d"');
    await queryRunner.query('DROP INDEX "public"."IDX_2b78fd36491f39a09c8ffed7b2"');
    await queryRunner.query('DROP TABLE "conferences"');
    await queryRunner.query('DROP TYPE "public"."conference_status"');
    await queryRunner.query('DROP TYPE "public"."language"');
    await queryRunner.query('DROP TYPE "public"."conference_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_03673b7d9ccee7c27300ff4ef1"');
    await queryRunner.query('DROP TABLE "case_children"');
    await queryRunner.query('DROP TABLE "case_reporters"');
    await queryRunner.query('DROP INDEX "public"."IDX_e5f3daac85dd75332c4ada1341"');
    await queryRunner.query('DROP INDEX "public"."IDX_d5e9ae6ee5f6fb110bf01f41e8"');
    await queryRunner.query('DROP INDEX "public"."IDX_1ccc70102c7194a6bc9cff4001"');
    await queryRunner.query('DROP INDEX "public"."IDX_54644dc5f4b6350d047ab0ce40"');
    await queryRunner.query('DROP TABLE "cases"');
    await queryRunner.query('DROP TYPE "public"."case_flag"');
    await queryRunner.query('DROP TYPE "public"."case_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_98b969f9372fce31365f08ec11"');
    await queryRunner.query('DROP INDEX "public"."IDX_c4ebe0aeb71a28e9ff7adf667d"');
    await queryRunner.query('DROP TABLE "persons"');
    await queryRunner.query('DROP TYPE "public"."profession"');
    await queryRunner.query('DROP TYPE "public"."person_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_15c98649276025998cd1acaf61"');
    await queryRunner.query('DROP TABLE "institutions"');
    await queryRunner.query('DROP TYPE "public"."institution_kind"');
  }
}
