import { MigrationInterface, QueryRunner } from 'typeorm';

/** The parties a match refers to, and the statement-level trigger that removes their matches when they go. */
const REFERENCES = [
  { table: 'events', fn: 'matches_drop_for_events', columns: ['event_id'] },
  { table: 'accounts', fn: 'matches_drop_for_accounts', columns: ['startup_id', 'investor_id'] },
  { table: 'demands', fn: 'matches_drop_for_demands', columns: ['demand_id'] },
] as const;

/**
 * Whole-event match runs store ~550,000 rows; row-by-row foreign-key checks (three or four lookups and tuple
 * locks per row) cost more than the rest of the run. The match store now checks and locks each *party* once
 * per write (MatchStoreRepository.lockParties: `FOR KEY SHARE`, what the foreign keys did per row), and a party
 * deleted outright takes its matches with it through one set-based statement-level trigger per table (what
 * ON DELETE CASCADE did). Decisions and meeting requests keep their foreign keys to matches.
 */
export class MatchStoreBulk1765300000000 implements MigrationInterface {
  name = 'MatchStoreBulk1765300000000';

  async up(q: QueryRunner): Promise<void> {
    for (const column of ['event_id', 'startup_id', 'investor_id', 'demand_id']) {
      await q.query(`ALTER TABLE matches DROP CONSTRAINT IF EXISTS matches_${column}_fkey`);
    }
    for (const { table, fn, columns } of REFERENCES) {
      const deletes = columns.map((c) => `DELETE FROM matches m USING gone g WHERE m.${c} = g.id;`).join('\n          ');
      await q.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${deletes}
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER ${fn} AFTER DELETE ON ${table} REFERENCING OLD TABLE AS gone
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, fn } of REFERENCES) {
      await q.query(`DROP TRIGGER IF EXISTS ${fn} ON ${table}`);
      await q.query(`DROP FUNCTION IF EXISTS ${fn}()`);
    }
    await q.query(`DELETE FROM matches m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)
      OR NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = m.startup_id)
      OR (m.investor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = m.investor_id))
      OR (m.demand_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM demands d WHERE d.id = m.demand_id))`);
    await q.query(`ALTER TABLE matches
      ADD CONSTRAINT matches_event_id_fkey FOREIGN KEY (event_id) REFERENCES events(id) ON DELETE CASCADE,
      ADD CONSTRAINT matches_startup_id_fkey FOREIGN KEY (startup_id) REFERENCES accounts(id) ON DELETE CASCADE,
      ADD CONSTRAINT matches_investor_id_fkey FOREIGN KEY (investor_id) REFERENCES accounts(id) ON DELETE CASCADE,
      ADD CONSTRAINT matches_demand_id_fkey FOREIGN KEY (demand_id) REFERENCES demands(id) ON DELETE CASCADE`);
  }
}
