import type { Logger as TypeOrmLogger } from "typeorm";

/** A TypeORM logger that counts the SQL statements sent, for the N+1 tests. */
export function sqlCounter(): TypeOrmLogger & { count: number; reset(): void } {
  return {
    count: 0,
    reset() {
      this.count = 0;
    },
    logQuery() {
      this.count++;
    },
    logQueryError() {},
    logQuerySlow() {},
    logSchemaBuild() {},
    logMigration() {},
    log() {},
  };
}
