import { readAgenda } from "@roundtable/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writableConference } from "../../test/collab-kit.js";
import { databaseTargets } from "../../test/databases.js";
import { addAgendaItem } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { documentSeedSql, initialiseDocument, type DocumentSeed, type StoredDocument } from "./document-store.js";

const agendaOf = (stored: StoredDocument): string[] => {
  const doc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return readAgenda(doc).map((item) => item.title);
};

/**
 * A live document is created once, in one statement, from a seed read before it: these are the
 * races that statement settles under the conference row lock.
 */
describe.each(databaseTargets)("creating a live document on $name", (target) => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer(target);
  });
  afterEach(async () => {
    await s.stop();
  });

  const seedOf = async (conferenceId: string): Promise<DocumentSeed> => {
    const [row] = await s.db.dataSource.query<[{ seed: DocumentSeed }]>(
      `SELECT ${documentSeedSql("$1::uuid")} AS seed`,
      [conferenceId],
    );
    return row.seed;
  };
  const logRows = async (conferenceId: string): Promise<number> =>
    (await s.db.dataSource.query<unknown[]>(`SELECT 1 FROM collab_updates WHERE "conferenceId" = $1`, [conferenceId]))
      .length;

  it("builds the document again from the current agenda when it changed after the seed was read", async () => {
    const conference = await writableConference(s);
    const stale = await seedOf(conference.id);
    await addAgendaItem(s, conference.id, "Added after the seed was read");

    const stored = await initialiseDocument(s.db.dataSource, conference.id, stale);

    const agenda = ["Welcome and frame", "The family's situation", "Added after the seed was read"];
    expect(agendaOf(stored)).toEqual(agenda);
    expect(await logRows(conference.id)).toBe(1);
    // What is stored is what was answered.
    expect(agendaOf(await initialiseDocument(s.db.dataSource, conference.id))).toEqual(agenda);
  });

  it("creates it once: creations racing with the same seed all answer the one document stored", async () => {
    const conference = await writableConference(s);
    const seed = await seedOf(conference.id);

    const answers = await Promise.all(
      Array.from({ length: 3 }, () => initialiseDocument(s.db.dataSource, conference.id, seed)),
    );

    expect(await logRows(conference.id)).toBe(1);
    const first = answers.map((a) => Buffer.from(Y.mergeUpdates(a.updates)).toString("base64"));
    expect(new Set(first).size).toBe(1);
    expect(agendaOf(answers[0]!)).toEqual(["Welcome and frame", "The family's situation"]);
  });

  it("asks the database for the seed when given none", async () => {
    const conference = await writableConference(s);
    const stored = await initialiseDocument(s.db.dataSource, conference.id);
    expect(agendaOf(stored)).toEqual(["Welcome and frame", "The family's situation"]);
    expect(stored.tail).toBe(1);
  });
});
