import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, Repository } from 'typeorm';
import { JobName, QueueName, type JobOf } from '../../queue/queue.constants';
import { workerOptions } from '../../queue/worker-options';
import { MatchScoringService } from './match-scoring.service';
import { MatchRun } from './match.entities';

/** Matching jobs. Full runs are CPU-heavy and chunked, so one at a time per worker process. */
@Processor(QueueName.Matching, workerOptions(1))
export class MatchingProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly scoring: MatchScoringService,
    @InjectRepository(MatchRun) private readonly runs: Repository<MatchRun>,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.ScoreEvent:
        return this.scoreEvent(job, job.data as JobOf<JobName.ScoreEvent>);
      case JobName.ScoreParty:
        return this.scoreParty(job.data as JobOf<JobName.ScoreParty>);
      default:
        throw new Error(`No handler for matching job ${job.name}`);
    }
  }

  /** Redis hiccups (a restart, lost keys) surface here; without a listener they would crash the process. */
  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.logger.warn(`matching worker: ${err.message}`);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(`${job?.name ?? 'job'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`);
  }

  private async scoreEvent(job: Job, { runId, eventId }: JobOf<JobName.ScoreEvent>) {
    const run = await this.runs.findOneBy({ id: runId });
    if (!run || run.status === 'done' || run.status === 'failed') return { skipped: true };
    await this.runs.update({ id: runId }, { status: 'running', startedAt: new Date(), error: null });
    try {
      let last = 0;
      const result = await this.scoring.scoreEvent(eventId, async (p) => {
        if (p - last < 0.05) return;
        last = p;
        await Promise.all([this.runs.update({ id: runId }, { progress: p }), job.updateProgress(Math.round(p * 100))]);
      });
      await this.runs.update({ id: runId }, { status: 'done', progress: 1, finishedAt: new Date(), ...result });
      // A full run covers every pending party re-score made before it started.
      await this.db.query(`DELETE FROM score_requests WHERE event_id = $1 AND requested_at < $2`, [eventId, run.createdAt]);
      return result;
    } catch (err) {
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const message = err instanceof Error ? err.message : String(err);
      this.logger.error(`Match run ${runId} failed (attempt ${job.attemptsMade + 1}): ${message}`);
      if (final) await this.runs.update({ id: runId }, { status: 'failed', finishedAt: new Date(), error: message.slice(0, 500) });
      throw err;
    }
  }

  /** Loops until the party's score request is unchanged by the time its re-score is stored. */
  private async scoreParty({ eventId, party }: JobOf<JobName.ScoreParty>) {
    for (let round = 0; round < 10; round++) {
      const [pending] = await this.db.query(
        `SELECT requested_at::text AS requested_at FROM score_requests WHERE event_id = $1 AND party_kind = $2 AND party_id = $3`,
        [eventId, party.kind, party.id],
      );
      if (!pending) return { rounds: round };
      await this.scoring.scoreParty(eventId, party.kind, party.id);
      await this.db.query(
        `DELETE FROM score_requests WHERE event_id = $1 AND party_kind = $2 AND party_id = $3 AND requested_at = $4::timestamptz`,
        [eventId, party.kind, party.id, pending.requested_at],
      );
    }
    return { rounds: 10 };
  }
}
