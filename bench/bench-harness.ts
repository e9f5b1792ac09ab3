import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { resetEnvironmentCache } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source';
import { deleteKeysWithPrefix } from '../src/queue/redis-keys';
import { onInterrupt } from './interrupts';

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
  let adminUrl = process.env.SGM_ADMIN_URL;
  if (!adminUrl) {
    adminUrl = await overLocalSocket(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    const socket = new URL(adminUrl).searchParams.get('host');
    console.log(
      socket
        ? `PostgreSQL: over the local Unix socket in ${socket} (BENCH_DB_TCP=1: over TCP to 127.0.0.1, as DATABASE_URL says)`
        : `PostgreSQL: ${new URL(adminUrl).host} over TCP`,
    );
  }
  process.env.SGM_ADMIN_URL = adminUrl;
  const stamp = `${Date.now().toString(36)}_${process.pid}`;
  const database = `sgm_bench_${name}_${stamp}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await dropAbandoned(admin);
  await admin.query(`CREATE DATABASE ${database}`);
  const url = withDatabase(adminUrl, database);
  const prefix = `sgmb_${stamp}`;
  // Stopped midway, the bench still drops what it made (an API child registers its own stop, which runs first).
  const undo = onInterrupt(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await deleteKeysWithPrefix(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
  });
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
    undo();
    await app.close();
    // The pool's end returns once its connections are told to close, not once they have: a forced drop in between
    // kills them mid-goodbye and each logs "connection lost". Their backends go within milliseconds.
    const open = async () => (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [database])).rows[0].n;
    await until(async () => (await open()) === 0, 5_000, 10).catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await deleteKeysWithPrefix(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
  }
}

/**
 * Drops the databases of benches killed outright (SIGKILL, a machine reset), which no cleanup could drop: named
 * `sgm_bench_<name>_<stamp>_<pid>`, with no process of that pid left on this host and no connection open to them.
 */
async function dropAbandoned(admin: Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database d WHERE datname LIKE 'sgm\\_bench\\_%'
        AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
  );
  for (const { datname } of rows) {
    const pid = Number(/_(\d+)$/.exec(datname)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    console.log(`dropped ${datname}, left behind by a bench that was killed`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Where a PostgreSQL on this host keeps its socket (Debian's packages; a source build's default). */
const SOCKET_DIRECTORIES = ['/var/run/postgresql', '/tmp'];

/**
 * `url` through the server's Unix socket when it names a server on this host over TCP and that socket answers (unless
 * BENCH_DB_TCP=1): what a deployment with PostgreSQL on the API's host should use. Over loopback TCP every query's
 * write runs the kernel's TCP path on both sides; the API bench's profile spent ~20 % of the API's CPU in those writes.
 */
async function overLocalSocket(url: string): Promise<string> {
  const u = new URL(url);
  if (process.env.BENCH_DB_TCP === '1' || u.searchParams.has('host') || !['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) return url;
  const port = u.port || '5432';
  for (const dir of SOCKET_DIRECTORIES) {
    if (!existsSync(`${dir}/.s.PGSQL.${port}`)) continue;
    const candidate = new URL(url);
    candidate.hostname = 'localhost';
    candidate.searchParams.set('host', dir);
    const client = new Client({ connectionString: candidate.toString(), connectionTimeoutMillis: 3000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return candidate.toString();
    } catch {
      // this socket refuses us (e.g. peer authentication): keep TCP
    } finally {
      await client.end().catch(() => {});
    }
  }
  return url;
}

export async function until(check: () => Promise<boolean>, timeoutMs: number, pollMs = 2): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * A full garbage collection of this process now. Before a measured load, so that the garbage of seeding is not
 * collected during it: a CPU profile put ~90 ms of this process's CPU in the collector mid-run, while both API
 * processes' event loops stalled (on two cores, every busy thread takes from the processes under test).
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export { percentile } from './load-stats';
