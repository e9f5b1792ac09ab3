import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { OnJob } from '../../queue/on-job.decorator';
import { JobName, type JobOf } from '../../queue/queue.constants';
import { IrAllocationService } from './ir-allocation.service';
import { MeetingBookerService } from './meeting-booker.service';
import { ReconcileService } from './reconcile.service';
import { ScheduleRunsService } from './schedule-runs.service';

/** The booking queue's handlers. Each is idempotent: it reloads state from PostgreSQL and skips what is already done. */
@Injectable()
export class BookingJobs {
  constructor(
    private readonly booker: MeetingBookerService,
    private readonly schedules: ScheduleRunsService,
    private readonly ir: IrAllocationService,
    private readonly reconcile: ReconcileService,
  ) {}

  @OnJob(JobName.BookRequest)
  book({ requestId }: JobOf<JobName.BookRequest>) {
    return this.booker.book(requestId);
  }

  @OnJob(JobName.ScheduleRun)
  scheduleRun({ runId }: JobOf<JobName.ScheduleRun>, job: Job | null) {
    return this.schedules.execute(runId, job);
  }

  @OnJob(JobName.ScheduleRunNotify)
  scheduleRunNotify({ runId }: JobOf<JobName.ScheduleRunNotify>) {
    return this.schedules.notify(runId);
  }

  @OnJob(JobName.IrAllocation)
  irAllocation({ runId }: JobOf<JobName.IrAllocation>, job: Job | null) {
    return this.ir.execute(runId, job);
  }

  @OnJob(JobName.Reconcile)
  sweep() {
    return this.reconcile.sweep();
  }
}
