import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';

/**
 * Once per `jest` run: a template database migrated to the latest schema. Each e2e file clones it
 * (CREATE DATABASE ... TEMPLATE), so runs and files never share state.
 */
export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const template = `sgm_tpl_${runId}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const ds = new DataSource({ ...dataSourceOptions(withDatabase(adminUrl, template)) });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
  process.env.SGM_TEST_ADMIN_URL = adminUrl;
  process.env.SGM_TEST_TEMPLATE = template;
  process.env.SGM_TEST_RUN_ID = runId;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
