import type { DataSource } from 'typeorm';
import { preparedRows } from '../../database/prepared';

export interface PartyName {
  accountId: string;
  name: string;
  role: string;
}

/**
 * A member's public name: the first of startup name, firm, company (each from its profile, if any), else the
 * display name; never an e-mail address. One rule, written two ways below.
 */
const NAME_SOURCES = [
  { table: 'startup_profiles', alias: 'sp', column: 'name' },
  { table: 'investor_profiles', alias: 'ip', column: 'firm' },
  { table: 'corporate_profiles', alias: 'cp', column: 'company' },
] as const;

/** For many members at once: the profiles joined (hash joins over a set of ids). */
const PUBLIC_NAME = `coalesce(${NAME_SOURCES.map((s) => `${s.alias}.${s.column}`).join(', ')}, a.display_name)`;
const PROFILES = NAME_SOURCES.map((s) => `LEFT JOIN ${s.table} ${s.alias} ON ${s.alias}.account_id = a.id`).join(' ');

/**
 * For one member (of a row): each profile a scalar subquery, which `coalesce` evaluates only until one has a name, so
 * a startup costs one profile lookup and an investor two, instead of three joins each.
 */
const PUBLIC_NAME_LAZY = `coalesce(${NAME_SOURCES.map((s) => `(SELECT ${s.alias}.${s.column} FROM ${s.table} ${s.alias} WHERE ${s.alias}.account_id = a.id)`).join(', ')}, a.display_name)`;

/** SQL joining `<alias>.account_id`, `.name` and `.role` of the member whose id is `idSql` (a LATERAL join, inside one read). */
export const partyNameJoin = (alias: string, idSql: string) =>
  `LEFT JOIN LATERAL (SELECT a.id AS account_id, a.role, ${PUBLIC_NAME_LAZY} AS name FROM accounts a WHERE a.id = ${idSql}) ${alias} ON true`;

/** SQL of a scalar JSON value: `[role, name]` of the member whose id is `idSql`, or null when there is no such account. */
export const partyNameJson = (idSql: string) => `(SELECT json_build_array(a.role, ${PUBLIC_NAME_LAZY}) FROM accounts a WHERE a.id = ${idSql})`;

/** Public names of members, by id. */
export async function partyNames(db: DataSource, ids: string[]): Promise<Map<string, PartyName>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await preparedRows<{ id: string; role: string; name: string }>(
    db,
    `SELECT a.id, a.role, ${PUBLIC_NAME} AS name FROM accounts a ${PROFILES} WHERE a.id = ANY($1::uuid[])`,
    [unique],
  );
  return new Map(rows.map((r) => [r.id, { accountId: r.id, name: r.name, role: r.role }]));
}
