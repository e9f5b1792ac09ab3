import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The member's language for e-mails and the web app. NULL means "not chosen yet": the web app then follows the
 * browser and e-mails use Korean (the conference's language) until the member picks one with PATCH /v1/me.
 */
export class AccountLocale1764300000000 implements MigrationInterface {
  name = 'AccountLocale1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accounts ADD COLUMN locale text CHECK (locale IN ('ko', 'en'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accounts DROP COLUMN locale`);
  }
}
