import { createHash } from 'node:crypto';
import type { DataSource, ObjectLiteral, Repository, ValueTransformer } from 'typeorm';
import pg from 'pg';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[]; rowMode?: 'array' }): Promise<{ rows: unknown[]; fields: { name: string }[] }>;
}

/** node-postgres's result of one statement, the part `addFields` below touches (pg/lib/result.js). */
interface PgResult {
  rowAsArray: boolean;
  fields: { name: string; dataTypeID: number; format?: string }[];
  _parsers: ((text: string) => unknown)[] | undefined;
  _types: { getTypeParser(oid: number, format: string): (text: string) => unknown } | undefined;
  _prebuiltEmptyResultObject: Record<string, null> | null;
}

/**
 * node-postgres reads a statement's column descriptions again on every execution, prepared or not, and besides the
 * value parsers builds the empty row that object rows are copied from: keys set one by one on a prototype-less
 * object (a slow dictionary), then copied. That cost ~2 µs for a 6-column read and ~12 µs for a 50-column match
 * row, on every query. The same result, built faster: array rows (never read the template) skip it; object rows get
 * it as an ordinary object with the same keys in the same order (a copy is not needed: nothing else holds it). A
 * column named `__proto__` (which an ordinary object cannot hold as a key) is left to the library's own code.
 */
export function installFastRowFields(Result: { prototype: { addFields(fields: unknown[]): void } }): void {
  const library = Result.prototype.addFields;
  if ((library as { fastRowFields?: boolean }).fastRowFields) return;
  const addFields = function (this: PgResult, fields: PgResult['fields']) {
    if (!this.rowAsArray && fields.some((f) => f.name === '__proto__')) return library.call(this, fields);
    this.fields = fields;
    const parsers = new Array<(text: string) => unknown>(fields.length);
    const types = this._types || pgTypes;
    for (let i = 0; i < fields.length; i++) parsers[i] = types.getTypeParser(fields[i].dataTypeID, fields[i].format || 'text');
    if (fields.length) this._parsers = parsers;
    if (this.rowAsArray) return;
    const empty: Record<string, null> = {};
    for (let i = 0; i < fields.length; i++) empty[fields[i].name] = null;
    this._prebuiltEmptyResultObject = empty;
  };
  Result.prototype.addFields = Object.assign(addFields, { fastRowFields: true, library });
}
/** What node-postgres exports besides its typed API: the Result class its queries use, and its type parsers. */
const { Result: PgResultClass, types: pgTypes } = pg as unknown as {
  Result: Parameters<typeof installFastRowFields>[0];
  types: NonNullable<PgResult['_types']>;
};
installFastRowFields(PgResultClass);

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

/**
 * `preparedRows` for wide rows: each row as an array in the statement's column order (`columns`), which spares the
 * driver building an object with one property per column for every row (~0.1 ms on a page of 18 rows × 50 columns).
 */
export async function preparedArrays(db: DataSource, text: string, values: unknown[]): Promise<{ columns: string[]; rows: unknown[][] }> {
  const pool = (db.driver as unknown as { master?: PgPool }).master;
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
