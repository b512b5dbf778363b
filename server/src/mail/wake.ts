import type { DataSource, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from "typeorm";

/** What enqueueMail needs from the senders running on a database. */
export interface SenderHandle {
  /** The From header of composed messages. */
  from: string;
  /** Look for due messages now instead of at the next poll. */
  wake(): void;
}

const senders = new WeakMap<DataSource, Set<SenderHandle>>();
/** Transactions that queued mail and have not committed yet. */
const pending = new WeakSet<QueryRunner>();
const watched = new WeakSet<DataSource>();

/** Called by a sender when it starts; the returned function when it stops. */
export function registerSender(dataSource: DataSource, handle: SenderHandle): () => void {
  let set = senders.get(dataSource);
  if (!set) senders.set(dataSource, (set = new Set()));
  set.add(handle);
  watchCommits(dataSource);
  return () => set.delete(handle);
}

/** The From header to compose with: the running sender's, or a neutral one (scripts, no server). */
export function fromAddressFor(dataSource: DataSource): string {
  const [first] = senders.get(dataSource) ?? [];
  return first?.from ?? DEFAULT_FROM;
}

export const DEFAULT_FROM = "Roundtable <roundtable@localhost>";

/**
 * Wakes the senders once the queued row is visible to them: at once when it was written outside a
 * transaction, otherwise after the outermost COMMIT (a sender woken earlier would find nothing
 * and wait for its next poll). A rolled-back transaction wakes nobody.
 */
export function wakeAfterCommit(dataSource: DataSource, queryRunner: QueryRunner | undefined): void {
  watchCommits(dataSource);
  if (queryRunner?.isTransactionActive) pending.add(queryRunner);
  else wakeAll(dataSource);
}

function wakeAll(dataSource: DataSource): void {
  for (const s of senders.get(dataSource) ?? []) s.wake();
}

/**
 * TypeORM tells subscribers about every commit and rollback of the data source; adding one at
 * run time keeps the mail queue out of the shared data-source setup.
 */
function watchCommits(dataSource: DataSource): void {
  if (watched.has(dataSource)) return;
  watched.add(dataSource);
  const subscriber: EntitySubscriberInterface = {
    afterTransactionCommit(event: TransactionCommitEvent) {
      const runner = event.queryRunner;
      if (runner.isTransactionActive || !pending.has(runner)) return; // a savepoint, or no mail
      pending.delete(runner);
      wakeAll(dataSource);
    },
    afterTransactionRollback(event) {
      if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
    },
  };
  dataSource.subscribers.push(subscriber);
}
