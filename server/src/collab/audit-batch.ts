import type { DataSource } from "typeorm";
import type { AuditEntry } from "../audit/audit-entry.entity.js";
import type { Logger } from "../logger.js";

type Entry = Partial<Omit<AuditEntry, "id" | "at">> & Pick<AuditEntry, "actorKind" | "action" | "outcome">;

const COLUMNS = `at, "actorKind", "accountId", "participantId", "sessionId", action, "recordType", "recordId", ip, "changedFields", outcome, detail`;
// The batch goes as one JSON parameter: TypeORM's insert builder spent more on building a
// statement of 500 rows than the database on running it. Absent fields are NULL.
const INSERT = `INSERT INTO "audit_log" (${COLUMNS}) SELECT ${COLUMNS} FROM json_populate_recordset(NULL::audit_log, $1)`;

/** How long an entry waits for others, and how many go into one statement at most. */
const BATCH_MS = 50;
const BATCH_MAX = 500;

/**
 * The audit entries of opened live documents, written as multi-row inserts: when a thousand
 * sockets open at once (every meeting reconnecting after a restart) that is a few statements,
 * not a thousand ahead of the documents' own. Each entry keeps the time its upgrade was decided.
 * Writes run one at a time; `flush` resolves when everything added so far is written (or its
 * loss logged, as a single insert's was).
 */
export function auditBatch(ds: DataSource, log: Logger): { add(entry: Entry): void; flush(): Promise<void> } {
  let pending: (Entry & { at: Date })[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = [];
    if (batch.length > 0) {
      writing = writing.then(() =>
        ds.query(INSERT, [JSON.stringify(batch)]).then(
          () => undefined,
          (err: unknown) => log.error({ err, entries: batch.length }, "audit entries lost"),
        ),
      );
    }
    return writing;
  }

  return {
    add(entry) {
      pending.push({ at: new Date(), ...entry });
      if (pending.length >= BATCH_MAX) void flush();
      else timer ??= setTimeout(() => void flush(), BATCH_MS);
    },
    flush,
  };
}
