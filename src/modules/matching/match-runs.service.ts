import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource, Repository } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { formatInZone } from '../events/event-grid';
import { EventsService } from '../events/events.service';
import { JobName, QueueName } from '../../queue/queue.constants';
import { MatchRun } from './match.entities';
import type { PartyKind } from './match-scoring.service';

/** Enqueues scoring work. The database row comes first, so a lost job is found again by the reconcile sweep. */
@Injectable()
export class MatchRunsService {
  constructor(
    @InjectRepository(MatchRun) private readonly runs: Repository<MatchRun>,
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Matching) private readonly queue: Queue,
    private readonly events: EventsService,
  ) {}

  async startRun(eventId: string): Promise<{ id: string; status: string }> {
    await this.events.get(eventId);
    const run = await this.runs.save(this.runs.create({ eventId, status: 'queued', pairsScored: 0, matchesStored: 0, progress: 0 }));
    await this.enqueueRun(run);
    return { id: run.id, status: run.status };
  }

  async enqueueRun(run: Pick<MatchRun, 'id' | 'eventId'>): Promise<void> {
    await this.queue.add(JobName.ScoreEvent, { eventId: run.eventId, runId: run.id }, { jobId: `match-run_${run.id}` });
  }

  async getRun(id: string) {
    const run = await this.runs.findOneBy({ id });
    if (!run) throw AppError.notFound('Match run');
    const { timezone } = await this.events.get(run.eventId);
    return {
      id: run.id, eventId: run.eventId, status: run.status, progress: Math.round(run.progress * 100) / 100,
      pairsScored: run.pairsScored, matchesStored: run.matchesStored,
      startedAt: run.startedAt ? formatInZone(run.startedAt, timezone) : null,
      finishedAt: run.finishedAt ? formatInZone(run.finishedAt, timezone) : null,
      createdAt: formatInZone(run.createdAt, timezone),
      ...(run.error ? { error: run.error } : {}),
    };
  }

  /** Marks a party dirty in every event it takes part in (or one event) and enqueues one job per party. */
  async requestPartyScore(kind: PartyKind, id: string, eventId?: string): Promise<void> {
    const ownerSql = kind === 'demand' ? `(SELECT owner_id FROM demands WHERE id = $1)` : `$1::uuid`;
    const rows: { event_id: string }[] = await this.db.query(
      `INSERT INTO score_requests (event_id, party_kind, party_id, requested_at)
       SELECT p.event_id, $2, $1, clock_timestamp() FROM event_participants p
        WHERE p.account_id = ${ownerSql} ${eventId ? 'AND p.event_id = $3' : ''}
       ON CONFLICT (event_id, party_kind, party_id) DO UPDATE SET requested_at = clock_timestamp()
       RETURNING event_id`,
      eventId ? [id, kind, eventId] : [id, kind],
    );
    for (const { event_id } of rows) await this.enqueueParty(event_id, kind, id);
  }

  async enqueueParty(eventId: string, kind: PartyKind, id: string): Promise<void> {
    // One job per party at a time; edits made while it runs are caught by its loop over score_requests.
    await this.queue.add(
      JobName.ScoreParty,
      { eventId, party: { kind, id } },
      { jobId: `score_${eventId}_${kind}_${id}`, removeOnComplete: true, removeOnFail: true },
    );
  }

  /** Re-queues what the database says is pending (after a crash or a Redis restart). */
  async requeuePending(): Promise<number> {
    const parties: { event_id: string; party_kind: PartyKind; party_id: string }[] = await this.db.query(
      `SELECT event_id, party_kind, party_id FROM score_requests WHERE requested_at < now() - interval '5 seconds'`,
    );
    for (const p of parties) await this.enqueueParty(p.event_id, p.party_kind, p.party_id);
    const runs = await this.runs.find({ where: [{ status: 'queued' }, { status: 'running' }] });
    for (const run of runs) await this.enqueueRun(run);
    return parties.length + runs.length;
  }
}
