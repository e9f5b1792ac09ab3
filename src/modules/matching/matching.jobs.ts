import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { OnJob } from '../../queue/on-job.decorator';
import { JobName, type JobOf } from '../../queue/queue.constants';
import { MatchRunsService } from './match-runs.service';

/** The matching queue's handlers. */
@Injectable()
export class MatchingJobs {
  constructor(private readonly runs: MatchRunsService) {}

  @OnJob(JobName.ScoreEvent)
  scoreEvent({ runId }: JobOf<JobName.ScoreEvent>, job: Job | null) {
    return this.runs.execute(runId, job);
  }

  @OnJob(JobName.ScoreParty)
  scoreParty({ eventId, party }: JobOf<JobName.ScoreParty>) {
    return this.runs.scoreParty(eventId, party);
  }
}
