import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { Repository } from 'typeorm';
import { AppError } from '../errors/app-error';
import { formatInZone } from '../../modules/events/event-grid';
import type { TrackedRun } from './tracked-run.entity';

/** Reports how far a run has got, as a fraction from 0 to 1. */
export type ReportProgress = (fraction: number) => Promise<void>;

/** Progress is written when it has grown by this much (and always at the end), so reporting stays cheap. */
const PROGRESS_STEP = 0.05;
const MAX_ERROR_LENGTH = 1000;

/**
 * The life of a background run's status row, the same for every kind: queued → running (with progress) → done,
 * or failed on the job's last attempt (or at once for an `AppError`, which a retry would not mend). A run already
 * finished is skipped, so a re-queued job is harmless.
 */
export class RunTracker<R extends TrackedRun> {
  private readonly logger: Logger;

  constructor(
    private readonly runs: Repository<R>,
    private readonly label: string,
  ) {
    this.logger = new Logger(`${label}s`);
  }

  /** A new queued run of the event (`extra` fills the kind's own columns). */
  async create(eventId: string, extra: Partial<R> = {}): Promise<R> {
    return this.runs.save(this.runs.create({ ...extra, eventId, status: 'queued', progress: 0 } as R));
  }

  async find(id: string, where: Partial<R> = {}): Promise<R> {
    const run = await this.runs.findOneBy({ ...where, id } as never);
    if (!run) throw AppError.notFound(this.label);
    return run;
  }

  async track<T extends object>(
    runId: string,
    job: Job | null,
    work: (run: R, progress: ReportProgress) => Promise<T>,
    finished: (result: T) => Partial<R> = () => ({}),
  ): Promise<T | { skipped: true } | { failed: string }> {
    const run = await this.runs.findOneBy({ id: runId } as never);
    if (!run || run.status === 'done' || run.status === 'failed') return { skipped: true };
    await this.update(runId, { status: 'running', startedAt: new Date(), error: null, progress: 0 } as Partial<R>);
    let written = 0;
    // Progress rows are written on the side, one after the other, and never awaited by the work: runs report from
    // inside their own transaction, holding its connection, and waiting there for a second one from the pool
    // deadlocks a pool that busy jobs or lock-waiting requests have emptied. The final status waits for them.
    let writes: Promise<void> = Promise.resolve();
    const progress: ReportProgress = async (fraction) => {
      const p = Math.min(1, Math.max(0, fraction));
      if (p - written < PROGRESS_STEP) return;
      written = p;
      writes = writes
        .then(() => this.update(runId, { progress: p } as Partial<R>))
        .catch((err) => this.logger.warn(`${this.label} ${runId}: progress not written (${err instanceof Error ? err.message : err})`));
      await job?.updateProgress(Math.round(p * 100));
    };
    try {
      const result = await work(run, progress);
      await writes;
      await this.update(runId, { ...finished(result), status: 'done', progress: 1, finishedAt: new Date() });
      return result;
    } catch (err) {
      await writes;
      const message = err instanceof Error ? err.message : String(err);
      const final = !job || job.attemptsMade + 1 >= (job.opts.attempts ?? 1) || err instanceof AppError;
      this.logger.error(`${this.label} ${runId} failed (attempt ${(job?.attemptsMade ?? 0) + 1}): ${message}`);
      if (final) await this.update(runId, { status: 'failed', error: message.slice(0, MAX_ERROR_LENGTH), finishedAt: new Date() } as Partial<R>);
      if (err instanceof AppError) return { failed: message };
      throw err;
    }
  }

  /** The fields every run's GET shows, instants in the event's timezone. */
  view(run: R, timezone: string) {
    return {
      id: run.id, eventId: run.eventId, status: run.status, progress: Math.round(run.progress * 100) / 100,
      createdAt: formatInZone(run.createdAt, timezone),
      startedAt: run.startedAt ? formatInZone(run.startedAt, timezone) : null,
      finishedAt: run.finishedAt ? formatInZone(run.finishedAt, timezone) : null,
      ...(run.error ? { error: run.error } : {}),
    };
  }

  /** Runs still to finish (for the reconcile sweep), created more than `olderThanMs` ago. */
  async unfinished(olderThanMs = 0): Promise<R[]> {
    return this.runs
      .createQueryBuilder('r')
      .where(`r.status IN ('queued', 'running')`)
      .andWhere(`r.created_at < now() - make_interval(secs => :s)`, { s: olderThanMs / 1000 })
      .getMany();
  }

  private async update(id: string, values: Partial<R>): Promise<void> {
    await this.runs.update({ id } as never, values as never);
  }
}
