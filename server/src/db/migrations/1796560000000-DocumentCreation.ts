import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A live document's creation in one statement: the server reads what it starts from (the seed),
 * builds the first update, and `create_conference_document` stores it under the conference row
 * lock only if nothing is stored yet and the seed is still what it was built from; otherwise it
 * answers what is current. Rooms of a meeting starting at nine open in two round trips, not six.
 */
export class DocumentCreation1796560000000 implements MigrationInterface {
  name = "DocumentCreation1796560000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // The agenda prepared in GraphQL and the tasks agreed in the conference, owners named by
    // their seat here. Every order is total, so the same rows give the same text (and md5).
    // STABLE: it sees the snapshot of the statement that calls it.
    await queryRunner.query(`CREATE FUNCTION conference_document_seed(conference uuid) RETURNS json LANGUAGE sql STABLE AS $$
      SELECT json_build_object(
        'agenda', COALESCE((SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'timeboxMinutes', a."timeboxMinutes")
                                            ORDER BY a.position, a.id)
                            FROM agenda_items a WHERE a."conferenceId" = conference), '[]'::json),
        'tasks', COALESCE((SELECT json_agg(json_build_object(
                                    'id', t.id, 'title', t.title, 'dueDate', t."dueDate",
                                    'successIndicator', COALESCE(t."successIndicator", ''), 'status', t.status,
                                    'ownerParticipantId',
                                    (SELECT s.id FROM participants s
                                     WHERE s."conferenceId" = conference
                                       AND (s.id = t."ownerParticipantId" OR s."personId" = t."ownerPersonId")
                                     ORDER BY s.id = t."ownerParticipantId" DESC, s."createdAt", s.id LIMIT 1))
                                  ORDER BY t."createdAt", t.id)
                           FROM tasks t WHERE t."agreedInId" = conference AND btrim(t.title) <> ''), '[]'::json))
    $$`);
    // VOLATILE (plpgsql's default): each statement after the lock sees what an earlier holder
    // committed, e.g. an agenda change made through GraphQL under the same lock.
    await queryRunner.query(`CREATE FUNCTION create_conference_document(conference uuid, fingerprint text, first bytea)
      RETURNS json LANGUAGE plpgsql AS $$
      DECLARE
        current json;
      BEGIN
        PERFORM 1 FROM conferences WHERE id = conference FOR UPDATE;
        IF EXISTS (SELECT 1 FROM collab_snapshots WHERE "conferenceId" = conference)
           OR EXISTS (SELECT 1 FROM collab_updates WHERE "conferenceId" = conference) THEN
          RETURN json_build_object('outcome', 'stored');
        END IF;
        current := conference_document_seed(conference);
        IF md5(current::text) IS DISTINCT FROM fingerprint THEN
          RETURN json_build_object('outcome', 'changed', 'seed', current, 'fingerprint', md5(current::text));
        END IF;
        INSERT INTO collab_updates ("conferenceId", data) VALUES (conference, first);
        RETURN json_build_object('outcome', 'created');
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP FUNCTION create_conference_document(uuid, text, bytea)");
    await queryRunner.query("DROP FUNCTION conference_document_seed(uuid)");
  }
}
