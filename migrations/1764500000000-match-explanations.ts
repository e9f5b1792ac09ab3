import { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalogue concepts both texts of a match mention (ids, strongest first), for its explanation. */
export class MatchExplanations1764500000000 implements MigrationInterface {
  name = 'MatchExplanations1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matches ADD COLUMN shared_concepts text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matches DROP COLUMN shared_concepts`);
  }
}
