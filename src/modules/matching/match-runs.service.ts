import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, Repository } from 'typeorm';
import type { PartyKind } from '../../common/domain/party-kind';
import { RunTracker } from '../../common/runs/run-tracker';
import { JobQueue } from '../../queue/job-queue.service';
import { JobName } from '../../queue/queue.constants';
import { EventsService } from '../events/events.service';
import { MatchScoringService } from './match-scoring.service';
import { MatchRun } from './match.entities';

/** Whole-event match runs and single-party re-scores. The database row comes first, so a lost job is found again by the reconcile sweep. */
@Injectable()
export class MatchRunsService {
  private readonly tracker: RunTracker<MatchRun>;

  constructor(
    @InjectRepository(MatchRun) runs: Repository<MatchRun>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly events: EventsService,
    private readonly scoring: MatchScoringService,
  ) {
    this.tracker = new RunTracker(runs, 'Match run');
  }

  async startRun(eventId: string): Promise<{ id: string; status: string }> {
    await this.events.get(eventId);
    const run = await this.tracker.create(eventId, { pairsScored: 0, matchesStored: 0 });
    await this.enqueueRun(run);
    return { id: run.id, status: run.status };
  }

  async getRun(id: string) {
    const run = await this.tracker.find(id);
    const { timezone } = await this.events.get(run.eventId);
    return { ...this.tracker.view(run, timezone), pairsScored: run.pairsScored, matchesStored: run.matchesStored };
  }

  /** Re-scores the whole event; a full run covers every pending party re-score made before it started. */
  async execute(runId: string, job: Job | null) {
    return this.tracker.track(
      runId,
      job,
      async (run, progress) => {
        const result = await this.scoring.scoreEvent(run.eventId, progress);
        await this.db.query(`DELETE FROM score_requests WHERE event_id = $1 AND requested_at < $2`, [run.eventId, run.createdAt]);
        return result;
      },
      (result) => result,
    );
  }

  /** Loops until the party's score request is unchanged by the time its re-score is stored. */
  async scoreParty(eventId: string, party: { kind: PartyKind; id: string }): Promise<{ rounds: number }> {
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
    await this.enqueueParties(rows.map(({ event_id }) => ({ eventId: event_id, kind, id })));
  }

  /** Re-queues what the database says is pending (after a crash or a Redis restart). */
  async requeuePending(): Promise<number> {
    const parties: { event_id: string; party_kind: PartyKind; party_id: string }[] = await this.db.query(
      `SELECT event_id, party_kind, party_id FROM score_requests WHERE requested_at < now() - interval '5 seconds'`,
    );
    await this.enqueueParties(parties.map((p) => ({ eventId: p.event_id, kind: p.party_kind, id: p.party_id })));
    const runs = await this.tracker.unfinished();
    for (const run of runs) await this.enqueueRun(run);
    return parties.length + runs.length;
  }

  private async enqueueRun(run: Pick<MatchRun, 'id' | 'eventId'>): Promise<void> {
    await this.jobs.add({ name: JobName.ScoreEvent, data: { eventId: run.eventId, runId: run.id } });
  }

  private async enqueueParties(parties: { eventId: string; kind: PartyKind; id: string }[]): Promise<void> {
    await this.jobs.addAll(parties.map(({ eventId, kind, id }) => ({ name: JobName.ScoreParty, data: { eventId, party: { kind, id } } })));
  }
}
