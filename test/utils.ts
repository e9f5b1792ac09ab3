import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureHttp, createHttpAdapter } from '../src/app.setup';
import { loadEnvironment, resetEnvironmentCache } from '../src/config/app-config';
import { deleteKeysWithPrefix } from '../src/queue/redis-keys';
import { withDatabase } from './global-setup';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  databaseUrl: string;
  queuePrefix: string;
  organizerToken: string;
  close(): Promise<void>;
}

export const ORGANIZER = { email: 'organizer@test.local', password: 'organizer-secret-1' };

/** A fresh database cloned from the run's migrated template (dropped with the template after the run). */
export async function cloneTemplateDatabase(): Promise<{ databaseUrl: string; suffix: string }> {
  const adminUrl = process.env.SGM_TEST_ADMIN_URL!;
  const suffix = randomBytes(4).toString('hex');
  const database = `sgm_${suffix}_${process.env.SGM_TEST_RUN_ID!}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${process.env.SGM_TEST_TEMPLATE!}`);
  await admin.end();
  return { databaseUrl: withDatabase(adminUrl, database), suffix };
}

/** Boots the whole app (HTTP + optionally the worker) on a fresh clone of the migrated template database. */
export async function createTestApp(
  options: { worker?: boolean; env?: Record<string, string>; /** another app's database (a restart) */ database?: string } = {},
): Promise<TestApp> {
  let databaseUrl = options.database;
  let suffix = randomBytes(4).toString('hex');
  if (!databaseUrl) ({ databaseUrl, suffix } = await cloneTemplateDatabase());
  const queuePrefix = `sgmt_${suffix}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: queuePrefix,
    ORGANIZER_EMAIL: ORGANIZER.email,
    ORGANIZER_PASSWORD: ORGANIZER.password,
    LOG_LEVEL: 'error',
    // Budgets are tested on their own (test/hardening.e2e-spec.ts); elsewhere they would only slow tests down.
    RATE_LIMIT_SIGNUPS_PER_HOUR: '0',
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
    ...options.env,
  });
  resetEnvironmentCache();

  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ api: true, worker: options.worker ?? false })],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(loadEnvironment()), { bodyParser: false, logger: ['error', 'warn'] });
  await configureHttp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const http = request(app.getHttpServer());
  const organizerToken = await login(http, ORGANIZER.email, ORGANIZER.password);

  return {
    app, http, db: app.get(DataSource), databaseUrl, queuePrefix, organizerToken,
    async close() {
      await app.close();
      await deleteKeysWithPrefix(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix);
      for (const key of Object.keys(options.env ?? {})) delete process.env[key];
    },
  };
}

export async function login(http: ReturnType<typeof request>, email: string, password: string): Promise<string> {
  const res = await http.post('/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

let counter = 0;
export const uniqueEmail = (role: string) => `${role}-${Date.now().toString(36)}-${++counter}@test.local`;

/** Signs up a member (approving investors and corporates unless `pending`) and returns its id and token. */
export async function member(
  t: TestApp,
  role: 'startup' | 'investor' | 'corporate',
  opts: { pending?: boolean; displayName?: string } = {},
): Promise<{ id: string; token: string; email: string }> {
  const email = uniqueEmail(role);
  const password = 'member-password-1';
  const res = await t.http.post('/v1/auth/signup').send({ email, password, role, displayName: opts.displayName ?? `${role} ${counter}` });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (role !== 'startup' && !opts.pending) {
    await t.http.patch(`/v1/accounts/${res.body.id}`).set(auth(t.organizerToken)).send({ status: 'active' }).expect(200);
  }
  return { id: res.body.id, token: await login(t.http, email, password), email };
}

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * Waits until every queue is idle and no re-score is pending in the database (twice in a row). The budget
 * scales with the work: it fails only when the pending work has not shrunk for `stallMs`, however much there is.
 */
export async function drainQueues(t: TestApp, stallMs = 30_000): Promise<void> {
  const { getQueueToken } = await import('@nestjs/bullmq');
  const { QueueName } = await import('../src/queue/queue.constants');
  const queues = Object.values(QueueName).map((name) => t.app.get(getQueueToken(name), { strict: false }));
  let idleRounds = 0;
  let least = Infinity;
  let lastProgress = Date.now();
  while (idleRounds < 2) {
    let busy = 0;
    for (const q of queues) {
      const counts = await q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      busy += Object.values(counts as Record<string, number>).reduce((a, b) => a + b, 0);
      // repeatable sweeps (reconcile, outcome reminders) always have their next run delayed: not pending work
      busy += (await q.getDelayed()).filter((j: { name: string; repeatJobKey?: string }) => j.name !== 'reconcile' && !j.repeatJobKey).length;
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM score_requests`);
    const pending = busy + n;
    if (pending < least) [least, lastProgress] = [pending, Date.now()];
    if (Date.now() - lastProgress > stallMs) throw new Error(`queues stopped draining: ${pending} jobs or re-scores pending for ${stallMs} ms`);
    idleRounds = pending === 0 ? idleRounds + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Polls `probe` until it returns a value other than undefined; fails when `progress()` has not changed for `stallMs`. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  opts: { stallMs?: number; progress?: () => Promise<unknown>; intervalMs?: number } = {},
): Promise<T> {
  const stallMs = opts.stallMs ?? 30_000;
  let seen: string | undefined;
  let lastProgress = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    const now = JSON.stringify(await opts.progress?.());
    if (now !== seen) [seen, lastProgress] = [now, Date.now()];
    if (Date.now() - lastProgress > stallMs) throw new Error(`${what}: no progress for ${stallMs} ms (last seen ${seen})`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 50));
  }
}

/**
 * Polls a run resource until it leaves queued/running; every answer on the way must carry `progress` within 0..1.
 * The budget scales with the work: it fails when the run's status and progress have not changed for `stallMs`.
 */
export async function waitForRun(t: TestApp, path: string, token: string, stallMs = 60_000): Promise<Record<string, any>> {
  let last: Record<string, any> = {};
  return waitUntil(
    path,
    async () => {
      const res = await t.http.get(path).set(auth(token));
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      const { progress } = res.body;
      if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) throw new Error(`${path}: progress ${progress} outside 0..1 while ${res.body.status}`);
      last = res.body;
      return res.body.status !== 'queued' && res.body.status !== 'running' ? res.body : undefined;
    },
    { stallMs, progress: async () => [last.status, last.progress] },
  );
}
