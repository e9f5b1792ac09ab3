import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EnvironmentVariables } from '../../config/env.validation';

const SECRET_NAME = 'jwt-signing-key';

/**
 * The key that signs access tokens. `JWT_SECRET` when set (production must set it: the environment check
 * refuses to start otherwise); else a random key generated once per deployment and kept in PostgreSQL, so
 * every API process shares it and restarts keep sessions. No key ships in the source.
 */
export async function resolveJwtSecret(env: EnvironmentVariables, db: DataSource): Promise<string> {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  if (env.NODE_ENV === 'production') throw new Error('JWT_SECRET must be set in production');
  await db.query(`INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
    SECRET_NAME,
    randomBytes(48).toString('base64url'),
  ]);
  const [row] = await db.query(`SELECT value FROM app_secrets WHERE name = $1`, [SECRET_NAME]);
  return row.value as string;
}
