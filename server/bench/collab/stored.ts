import { openDatabase } from "../../src/db/data-source.js";

export interface StoredFigures {
  /** Sum of octet_length(data) of the typing's rows in collab_updates, per keystroke. */
  bytesPerKeystroke(rooms: string[], keystrokesPerRoom: number): number;
  rowsPerRoom(rooms: string[]): number;
  /** Documents folded into collab_snapshots: their rows are gone from the log and not counted. */
  compacted: number;
}

/** Reads our server's database after it stopped (PGlite allows one process at a time). */
export async function readStored(where: { pgliteDir: string } | { url: string }): Promise<StoredFigures> {
  const db = await openDatabase(where);
  try {
    const rows = await db.dataSource.query<{ conferenceId: string; rows: number; bytes: number }[]>(
      // Row 1 of each document is the server's initial layout (initialiseDocument), not typing.
      `SELECT "conferenceId", count(*) - 1 AS rows, coalesce(sum(octet_length(data)) FILTER (WHERE n > 1), 0) AS bytes
       FROM (SELECT *, row_number() OVER (PARTITION BY "conferenceId" ORDER BY seq) AS n FROM collab_updates) u
       GROUP BY "conferenceId"`,
    );
    const [snapshots] = await db.dataSource.query<{ n: number }[]>(`SELECT count(*) AS n FROM collab_snapshots`);
    const of = (rooms: string[]) => rows.filter((r) => rooms.includes(r.conferenceId));
    const sum = (rooms: string[], key: "rows" | "bytes") => of(rooms).reduce((n, r) => n + Number(r[key]), 0);
    return {
      bytesPerKeystroke: (rooms, keystrokes) => sum(rooms, "bytes") / (rooms.length * keystrokes),
      rowsPerRoom: (rooms) => sum(rooms, "rows") / rooms.length,
      compacted: Number(snapshots?.n ?? 0),
    };
  } finally {
    await db.close();
  }
}
