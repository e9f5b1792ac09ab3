import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

/** A statement's name follows from its text, so one text is one prepared statement on every connection. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `sgm_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A read on the hot path as a named prepared statement: each pooled connection parses (and, once PostgreSQL
 * settles on a generic plan, plans) it once instead of on every request, and TypeORM's query building is skipped.
 * The text must not embed values (ids, limits): pass them as parameters, so the set of texts stays small.
 */
export async function preparedRows<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master?: PgPool }).master;
  if (!pool) return db.query(text, values);
  const result = await pool.query({ name: statementName(text), text, values });
  return result.rows as T[];
}
