import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

const logger = new Logger('Database');

interface PgClient {
  on(event: 'error', listener: (err: Error) => void): void;
}
interface PgPool {
  on(event: 'connect', listener: (client: PgClient) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  listenerCount(event: 'error'): number;
  _clients?: PgClient[];
}

/**
 * node-postgres emits an error on a client that is checked out but idle between queries (inside a transaction)
 * when its backend dies; the pool only listens on idle clients, and an unheard 'error' event kills the process.
 * Every client gets a listener: the query that runs next fails (the API answers 503) and the pool replaces it.
 */
export function survivePgConnectionLoss(dataSource: DataSource): DataSource {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (pool) guardPgClients(pool);
  return dataSource;
}

/**
 * The same for any node-postgres pool: each client, present and future, gets an error listener, and so does the
 * pool (an idle client's error is re-emitted there).
 */
export function guardPgClients(pool: PgPool): void {
  const guarded = new WeakSet<PgClient>();
  const guard = (client: PgClient) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on('error', (err) => logger.warn(`connection lost: ${err.message}`));
  };
  pool.on('connect', guard);
  if (pool.listenerCount('error') === 0) pool.on('error', (err: Error) => logger.warn(`idle connection lost: ${err.message}`));
  for (const client of pool._clients ?? []) guard(client);
}
