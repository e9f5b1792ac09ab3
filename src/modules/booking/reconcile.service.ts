import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MatchRunsService } from '../matching/match-runs.service';
import { MeetingBookerService } from './meeting-booker.service';
import { ScheduleRunsService } from './schedule-runs.service';

/**
 * The database is the source of truth; this sweep re-queues whatever it says is unfinished, so a worker
 * crash or a Redis restart loses nothing: accepted requests not yet booked, unschedulable ones whose event
 * freed capacity since, runs still queued or running, finished schedule runs whose people are still to be
 * told (their notify step), and parties still waiting for a re-score.
 */
@Injectable()
export class ReconcileService {
  private readonly logger = new Logger(ReconcileService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly booker: MeetingBookerService,
    private readonly bookingRuns: ScheduleRunsService,
    private readonly matchRuns: MatchRunsService,
  ) {}

  async sweep(): Promise<{ requests: number; runs: number; notify: number; scoring: number }> {
    // A queued or running schedule run decides every accepted request of its event in one transaction (and the
    // sweep re-queues the run itself if its job was lost), so single bookings for that event would only queue up
    // behind the run's lock and then find their requests already decided.
    const requests: { id: string }[] = await this.db.query(
      `SELECT r.id FROM meeting_requests r
        WHERE ((r.status = 'accepted' AND r.updated_at < now() - interval '2 seconds')
            OR (r.status = 'unschedulable' AND EXISTS (
                 SELECT 1 FROM meetings m WHERE m.event_id = r.event_id AND m.cancelled_at > r.updated_at)))
          AND NOT EXISTS (SELECT 1 FROM booking_runs b
                           WHERE b.event_id = r.event_id AND b.kind = 'schedule' AND b.status IN ('queued', 'running'))
        ORDER BY r.value DESC LIMIT 5000`,
    );
    await this.booker.enqueue(requests.map((r) => r.id));
    const runs = await this.bookingRuns.requeueUnfinished();
    const notify = await this.bookingRuns.requeueUnnotified();
    const scoring = await this.matchRuns.requeuePending();
    if (requests.length + runs + notify + scoring > 0) {
      this.logger.log(`reconcile: re-queued ${requests.length} requests, ${runs} runs, ${notify} run notify steps, ${scoring} scoring jobs`);
    }
    return { requests: requests.length, runs, notify, scoring };
  }
}
