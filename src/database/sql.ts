import type { DataSource, EntityManager } from 'typeorm';

/**
 * Rows of a data-changing statement with RETURNING. TypeORM's raw `query` answers UPDATE and DELETE with
 * `[rows, rowCount]` but SELECT and INSERT with the rows alone; this gives the rows in every case.
 */
export async function returningRows<T = Record<string, any>>(db: EntityManager | DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const result = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return result;
}
