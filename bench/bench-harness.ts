import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { resetEnvironmentCache } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source';
import { deleteKeysWithPrefix } from '../src/queue/redis-keys';

export interface BenchContext {
  app: INestApplicationContext;
  db: DataSource;
}

const withDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/**
 * A fresh, migrated database and the real worker (BullMQ on Redis) in this process; everything is dropped
 * afterwards. DATABASE_URL must name a server database we may CREATE DATABASE from (scripts/bench.sh does that).
 */
export async function withBenchApp<T>(name: string, fn: (ctx: BenchContext) => Promise<T>): Promise<T> {
  const adminUrl = process.env.SGM_ADMIN_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  process.env.SGM_ADMIN_URL = adminUrl;
  const stamp = `${Date.now().toString(36)}_${process.pid}`;
  const database = `sgm_bench_${name}_${stamp}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = withDatabase(adminUrl, database);
  const prefix = `sgmb_${stamp}`;
  Object.assign(process.env, { DATABASE_URL: url, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', RECONCILE_INTERVAL_SECONDS: '3600' });
  resetEnvironmentCache();
  const migrator = new DataSource(dataSourceOptions(url));
  await migrator.initialize();
  await migrator.runMigrations();
  await migrator.destroy();
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ api: false, worker: true }), { logger: ['error', 'warn'] });
  try {
    return await fn({ app, db: app.get(DataSource) });
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await deleteKeysWithPrefix(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
  }
}

export async function until(check: () => Promise<boolean>, timeoutMs: number, pollMs = 2): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

export { percentile } from './load-stats';
