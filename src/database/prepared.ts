import { createHash } from 'node:crypto';
import type { DataSource, ObjectLiteral, Repository, ValueTransformer } from 'typeorm';
import { readPoolOf } from './read-pool';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[]; rowMode?: 'array' }): Promise<{ rows: unknown[]; fields: { name: string }[] }>;
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

/** The pool hot reads use: the data source's read pool (read-pool.ts), else TypeORM's own. */
const poolOf = (db: DataSource): PgPool | undefined => readPoolOf(db) ?? (db.driver as unknown as { master?: PgPool }).master;

/**
 * A read on the hot path as a named prepared statement: each pooled connection parses (and, once PostgreSQL
 * settles on a generic plan, plans) it once instead of on every request, and TypeORM's query building is skipped.
 * The text must not embed values (ids, limits): pass them as parameters, so the set of texts stays small.
 */
export async function preparedRows<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = poolOf(db);
  if (!pool) return db.query(text, values);
  const result = await pool.query({ name: statementName(text), text, values });
  return result.rows as T[];
}

/**
 * `preparedRows` for wide rows: each row as an array in the statement's column order (`columns`), which spares the
 * driver building an object with one property per column for every row (~0.1 ms on a page of 18 rows × 50 columns).
 */
export async function preparedArrays(db: DataSource, text: string, values: unknown[]): Promise<{ columns: string[]; rows: unknown[][] }> {
  const pool = poolOf(db);
  if (!pool) {
    const objects: Record<string, unknown>[] = await db.query(text, values);
    const columns = objects.length ? Object.keys(objects[0]) : [];
    return { columns, rows: objects.map((o) => columns.map((c) => o[c])) };
  }
  const result = await pool.query({ name: statementName(text), text, values, rowMode: 'array' });
  return { columns: result.fields.map((f) => f.name), rows: result.rows as unknown[][] };
}

/**
 * `find one by primary key` for a flat entity as a prepared statement whose text is built once from the entity's
 * metadata (its selectable columns under their property names; column transformers applied), for hot reads.
 */
export function primaryKeyReader<T extends ObjectLiteral>(repository: Repository<T>): (id: string) => Promise<T | null> {
  const meta = repository.metadata;
  if (meta.primaryColumns.length !== 1 || meta.columns.some((c) => c.embeddedMetadata || c.relationMetadata)) {
    throw new Error(`primaryKeyReader: ${meta.name} is not a flat entity with one primary column`);
  }
  const columns = meta.columns.filter((c) => c.isSelect);
  const text =
    `SELECT ${columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(', ')} ` +
    `FROM "${meta.tableName}" WHERE "${meta.primaryColumns[0].databaseName}" = $1`;
  const transformed = columns.filter((c) => c.transformer).map((c) => ({ property: c.propertyName, from: c.transformer as ValueTransformer }));
  return async (id) => {
    const [row] = await preparedRows<Record<string, unknown>>(repository.manager.connection, text, [id]);
    if (!row) return null;
    for (const { property, from } of transformed) row[property] = from.from(row[property]);
    return row as T;
  };
}
