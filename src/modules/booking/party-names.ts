import type { DataSource } from 'typeorm';
import { preparedRows } from '../../database/prepared';

export interface PartyName {
  accountId: string;
  name: string;
  role: string;
}

/** A member's public name (startup name, firm or company, else display name): never an e-mail address. */
const PUBLIC_NAME = 'coalesce(sp.name, ip.firm, cp.company, a.display_name)';
const PROFILES = `
       LEFT JOIN startup_profiles sp ON sp.account_id = a.id
       LEFT JOIN investor_profiles ip ON ip.account_id = a.id
       LEFT JOIN corporate_profiles cp ON cp.account_id = a.id`;

/** SQL joining `<alias>.account_id`, `.name` and `.role` of the member whose id is `idSql` (a LATERAL join, inside one read). */
export const partyNameJoin = (alias: string, idSql: string) =>
  `LEFT JOIN LATERAL (SELECT a.id AS account_id, a.role, ${PUBLIC_NAME} AS name FROM accounts a ${PROFILES} WHERE a.id = ${idSql}) ${alias} ON true`;

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
