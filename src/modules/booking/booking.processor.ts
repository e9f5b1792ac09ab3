import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { JobName, QueueName, type JobOf } from '../../queue/queue.constants';
import { workerOptions } from '../../queue/worker-options';
import { IrAllocationService } from './ir-allocation.service';
import { MeetingBookerService } from './meeting-booker.service';
import { ReconcileService } from './reconcile.service';
import { ScheduleRunsService } from './schedule-runs.service';

/** Booking jobs. Each is idempotent: it reloads state from PostgreSQL and skips what is already done. */
@Processor(QueueName.Booking, workerOptions(4))
export class BookingProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BookingProcessor.name);

  constructor(
    private readonly booker: MeetingBookerService,
    private readonly schedules: ScheduleRunsService,
    private readonly ir: IrAllocationService,
    private readonly reconcile: ReconcileService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Booking) private readonly queue: Queue,
  ) {
    super();
  }

  private keepAlive: NodeJS.Timeout | undefined;

  /**
   * The reconcile sweep is a repeatable job, so one runs per interval however many workers there are. Its
   * scheduler lives in Redis: if Redis loses its data the scheduler is gone too, so every worker re-asserts it
   * each interval (an idempotent upsert) and the sweep comes back by itself.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleReconcile();
    this.keepAlive = setInterval(() => void this.scheduleReconcile().catch(() => undefined), this.config.env.RECONCILE_INTERVAL_SECONDS * 1000);
    this.keepAlive.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.keepAlive);
  }

  private async scheduleReconcile(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'reconcile',
      { every: this.config.env.RECONCILE_INTERVAL_SECONDS * 1000 },
      { name: JobName.Reconcile, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.BookRequest:
        return this.booker.book((job.data as JobOf<JobName.BookRequest>).requestId);
      case JobName.ScheduleRun:
        return this.schedules.execute((job.data as JobOf<JobName.ScheduleRun>).runId, job);
      case JobName.IrAllocation:
        return this.ir.execute((job.data as JobOf<JobName.IrAllocation>).runId, job);
      case JobName.Reconcile:
        return this.reconcile.sweep();
      default:
        throw new Error(`No handler for booking job ${job.name}`);
    }
  }

  /** Redis hiccups (a restart, lost keys) surface here; without a listener they would crash the process. */
  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.logger.warn(`booking worker: ${err.message}`);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(`${job?.name ?? 'job'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`);
  }
}
