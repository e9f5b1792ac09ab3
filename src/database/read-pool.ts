import { Pool, type PoolConfig } from 'pg';
import type { DataSource } from 'typeorm';
import { guardPgClients } from './connection-errors';

/**
 * The hot-path reads (`prepared.ts`: the caller's account on every request, match pages, agenda, request lists) go
 * through a small pool of their own, next to TypeORM's.
 *
 * Why small: at 1,000 req/s on two cores, PostgreSQL spent 25–35 % less CPU a request with 2–3 connections per API
 * process than with 20 (README, Session 13): fewer backends, each kept busy, instead of many woken in turn. Not 1 or 2:
 * an organizer's long read (the whole schedule, an unfiltered match page with its count) holds one for 50–500 ms.
 * Why apart: everything else (writes, transactions, reports) keeps TypeORM's larger pool (DB_POOL_SIZE), so requests
 * that hold a connection while they wait, e.g. decisions waiting on an event's scoring lock during a whole-event
 * store, can never take the connections the reads need.
 *
 * Its connections are opened like TypeORM's (same URL, timeouts and application name). These reads never run inside
 * a transaction, so which pool serves them changes nothing they see.
 */
const readPools = new WeakMap<DataSource, Pool>();

/** Gives `db` a read pool of `size` connections (0: none, reads use TypeORM's pool). Returns `db`. */
export function attachReadPool(db: DataSource, size: number): DataSource {
  if (size <= 0 || readPools.has(db) || db.options.type !== 'postgres') return db;
  const { url, extra } = db.options as { url?: string; extra?: PoolConfig };
  const pool = new Pool({ ...extra, connectionString: url, max: size });
  guardPgClients(pool);
  readPools.set(db, pool);
  return db;
}

/** The read pool of `db`, if it has one. */
export const readPoolOf = (db: DataSource): Pool | undefined => readPools.get(db);

/** Closes `db`'s read pool (at shutdown, with the data source). */
export async function closeReadPool(db: DataSource): Promise<void> {
  const pool = readPools.get(db);
  if (!pool) return;
  readPools.delete(db);
  await pool.end();
}
