import type { DataSource } from 'typeorm';
import { preparedRows } from '../../database/prepared';

export interface PartyName {
  accountId: string;
  name: string;
  role: string;
}

/** Public names of members (startup name, firm or company, else display name): never e-mail addresses. */
export async function partyNames(db: DataSource, ids: string[]): Promise<Map<string, PartyName>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await preparedRows<{ id: string; role: string; name: string }>(
    db,
    `SELECT a.id, a.role, coalesce(sp.name, ip.firm, cp.company, a.display_name) AS name
       FROM accounts a
       LEFT JOIN startup_profiles sp ON sp.account_id = a.id
       LEFT JOIN investor_profiles ip ON ip.account_id = a.id
       LEFT JOIN corporate_profiles cp ON cp.account_id = a.id
      WHERE a.id = ANY($1::uuid[])`,
    [unique],
  );
  return new Map(rows.map((r) => [r.id, { accountId: r.id, name: r.name, role: r.role }]));
}
