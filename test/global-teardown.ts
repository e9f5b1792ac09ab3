import { Client } from 'pg';

/** Drops the run's template and every database cloned from it. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.SGM_TEST_ADMIN_URL;
  const runId = process.env.SGM_TEST_RUN_ID;
  if (!adminUrl || !runId || process.env.SGM_KEEP_TEST_DB) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname LIKE 'sgm_tpl_%'`,
      [`sgm_%${runId}%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
