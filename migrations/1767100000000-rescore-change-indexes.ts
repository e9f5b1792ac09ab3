import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an incremental re-score asks first: which parties changed since its cached scorer was brought up to date
 * (MatchCorpusRepository.changedSince). Without these indexes that question read every participant of the event
 * with its account and profile (~13,000 rows and ~10,000 buffer hits at conference scale) on every re-score; with
 * them it reads the few rows changed since. Profiles, accounts and demands change rarely, so an index on their
 * `updated_at` costs little (these tables take no bulk status updates like meeting_requests).
 */
const INDEXES = {
  startup_profiles_updated_idx: `ON startup_profiles (updated_at)`,
  investor_profiles_updated_idx: `ON investor_profiles (updated_at)`,
  accounts_updated_idx: `ON accounts (updated_at)`,
  demands_updated_idx: `ON demands (updated_at)`,
  demands_deleted_idx: `ON demands (deleted_at) WHERE deleted_at IS NOT NULL`,
  event_participants_joined_idx: `ON event_participants (event_id, joined_at)`,
};

export class RescoreChangeIndexes1767100000000 implements MigrationInterface {
  name = 'RescoreChangeIndexes1767100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, on] of Object.entries(INDEXES)) await q.query(`CREATE INDEX ${name} ${on}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of Object.keys(INDEXES)) await q.query(`DROP INDEX IF EXISTS ${name}`);
  }
}
