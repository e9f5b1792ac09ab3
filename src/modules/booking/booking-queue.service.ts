import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobName, QueueName } from '../../queue/queue.constants';

/** Producer for booking jobs. Callers commit to PostgreSQL first; a lost job is found again by the reconcile sweep. */
@Injectable()
export class BookingQueue {
  constructor(@InjectQueue(QueueName.Booking) private readonly queue: Queue) {}

  async book(requestIds: string[]): Promise<void> {
    if (requestIds.length === 0) return;
    await this.queue.addBulk(
      requestIds.map((requestId) => ({
        name: JobName.BookRequest,
        data: { requestId },
        opts: { jobId: `book_${requestId}`, removeOnComplete: true, removeOnFail: true },
      })),
    );
  }

  async scheduleRun(runId: string): Promise<void> {
    await this.queue.add(JobName.ScheduleRun, { runId }, { jobId: `schedule-run_${runId}` });
  }

  async irAllocation(runId: string): Promise<void> {
    await this.queue.add(JobName.IrAllocation, { runId }, { jobId: `ir-allocation_${runId}` });
  }
}
