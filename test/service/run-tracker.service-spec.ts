import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AppError } from '../../src/common/errors/app-error';
import { RunTracker } from '../../src/common/runs/run-tracker';
import { BookingRun } from '../../src/modules/booking/booking.entities';
import { MatchRun } from '../../src/modules/matching/match.entities';
import { createServiceDb, rows, type ServiceDb } from './service-db';

describe('RunTracker (service, cloned database)', () => {
  let s: ServiceDb;
  let eventId: string;
  let tracker: RunTracker<BookingRun>;
  const stored = async (id: string) => (await s.db.query(`SELECT status, progress, stats, error FROM booking_runs WHERE id = $1`, [id]))[0];
  // Progress is written on the side (never awaited by the run): wait until the row shows what was reported.
  const settled = async (id: string, expected: number) => {
    for (let deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
      const row = await stored(id);
      if (Math.abs(row.progress - expected) < 1e-6) return row;
    }
    return stored(id);
  };

  beforeAll(async () => {
    s = await createServiceDb();
    eventId = await rows.event(s.db);
    tracker = new RunTracker(s.db.getRepository(BookingRun), 'Schedule run');
  });
  afterAll(async () => s?.close());

  it('reports progress within 0..1 while running and 1 when done', async () => {
    const run = await tracker.create(eventId, { kind: 'schedule', stats: {} });
    expect(await stored(run.id)).toMatchObject({ status: 'queued', progress: 0 });
    const seen: { status: string; progress: number }[] = [];
    const result = await tracker.track(run.id, null, async (_run, progress) => {
      seen.push(await stored(run.id));
      await progress(0.3);
      seen.push(await settled(run.id, 0.3));
      await progress(0.32); // too small a step to write
      await new Promise((r) => setTimeout(r, 50));
      seen.push(await stored(run.id));
      await progress(-4); // never below 0 nor backwards
      await progress(0.7);
      seen.push(await settled(run.id, 0.7));
      return { booked: 3 };
    }, (stats) => ({ stats }));
    expect(result).toEqual({ booked: 3 });
    expect(seen.map((r) => r.status)).toEqual(['running', 'running', 'running', 'running']);
    expect(seen.map((r) => r.progress)).toEqual([0, expect.closeTo(0.3, 5), expect.closeTo(0.3, 5), expect.closeTo(0.7, 5)]);
    expect(await stored(run.id)).toMatchObject({ status: 'done', progress: 1, stats: { booked: 3 } });
    expect(tracker.view(await tracker.find(run.id), 'Asia/Seoul')).toMatchObject({ status: 'done', progress: 1, finishedAt: expect.stringMatching(/\+09:00$/) });
  });

  it('finishes a run that reports progress from inside a transaction holding the pool\'s only connection', async () => {
    // A pool of one: the run's transaction holds it. Progress that waited for a second connection would wait forever.
    const single = new DataSource({ ...s.db.options, extra: { max: 1 } } as DataSourceOptions);
    await single.initialize();
    try {
      const lonely = new RunTracker(single.getRepository(BookingRun), 'Schedule run');
      const run = await lonely.create(eventId, { kind: 'schedule', stats: {} });
      const tracked = lonely.track(run.id, null, (_run, progress) =>
        single.transaction(async (tx) => {
          await tx.query(`SELECT 1`);
          await progress(0.5);
          await tx.query(`SELECT 2`);
          return { booked: 1 };
        }),
      (stats) => ({ stats }));
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([tracked, new Promise((r) => (timer = setTimeout(() => r('stuck'), 20_000)))]);
      clearTimeout(timer);
      expect(outcome).toEqual({ booked: 1 });
      expect(await stored(run.id)).toMatchObject({ status: 'done', progress: 1 });
    } finally {
      await single.destroy();
    }
  });

  it('clamps progress above 1, and the schema refuses a value outside 0..1 whoever writes it', async () => {
    const run = await tracker.create(eventId, { kind: 'schedule', stats: {} });
    await tracker.track(run.id, null, async (_run, progress) => {
      await progress(7);
      expect((await settled(run.id, 1)).progress).toBe(1);
      return {};
    });
    await expect(s.db.query(`UPDATE booking_runs SET progress = 1.5 WHERE id = $1`, [run.id])).rejects.toThrow(/progress_range/);
    const [m] = await s.db.query(`INSERT INTO match_runs (event_id) VALUES ($1) RETURNING id`, [eventId]);
    await expect(s.db.query(`UPDATE match_runs SET progress = -0.1 WHERE id = $1`, [m.id])).rejects.toThrow(/progress_range/);
  });

  it('fails a run at once on an AppError, keeping its progress, and skips a finished run when re-queued', async () => {
    const run = await tracker.create(eventId, { kind: 'schedule', stats: {} });
    const result = await tracker.track(run.id, null, async (_run, progress) => {
      await progress(0.5);
      throw AppError.conflict('nothing to plan');
    });
    expect(result).toEqual({ failed: 'nothing to plan' });
    expect(await stored(run.id)).toMatchObject({ status: 'failed', progress: 0.5, error: 'nothing to plan' });
    let ran = false;
    expect(await tracker.track(run.id, null, async () => { ran = true; return {}; })).toEqual({ skipped: true });
    expect(ran).toBe(false);
  });

  it('keeps a run retryable on other errors until the job\'s last attempt', async () => {
    const runs = new RunTracker(s.db.getRepository(MatchRun), 'Match run');
    const run = await runs.create(eventId, { pairsScored: 0, matchesStored: 0 });
    const job = (attemptsMade: number) => ({ attemptsMade, opts: { attempts: 3 }, updateProgress: async () => undefined }) as never;
    await expect(runs.track(run.id, job(0), async () => { throw new Error('Redis hiccup'); })).rejects.toThrow('Redis hiccup');
    expect((await runs.find(run.id)).status).toBe('running');
    await expect(runs.track(run.id, job(2), async () => { throw new Error('still down'); })).rejects.toThrow('still down');
    expect(await runs.find(run.id)).toMatchObject({ status: 'failed', error: 'still down' });
    expect((await runs.unfinished()).map((r) => r.id)).not.toContain(run.id);
  });
});
