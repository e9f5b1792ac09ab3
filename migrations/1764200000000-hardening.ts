import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated deployment secrets (the JWT signing key where JWT_SECRET is not set, shared by every process of a
 * deployment and kept across restarts), the moderation trail of demands, and e-mails folded like new sign-ups.
 */
export class Hardening1764200000000 implements MigrationInterface {
  name = 'Hardening1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_secrets (
        name text PRIMARY KEY,
        value text NOT NULL CHECK (length(value) >= 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE demands ADD COLUMN deleted_by uuid REFERENCES accounts(id), ADD COLUMN deleted_reason text CHECK (length(deleted_reason) <= 500)`);
    // E-mails are compared NFKC-folded and lower-cased; fold stored ones where that creates no duplicate.
    await q.query(`
      UPDATE accounts a SET email = lower(normalize(a.email, NFKC))
       WHERE a.email <> lower(normalize(a.email, NFKC))
         AND NOT EXISTS (SELECT 1 FROM accounts b WHERE b.id <> a.id AND lower(normalize(b.email, NFKC)) = lower(normalize(a.email, NFKC)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE demands DROP COLUMN deleted_reason, DROP COLUMN deleted_by`);
    await q.query(`DROP TABLE app_secrets`);
  }
}
