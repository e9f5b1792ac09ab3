import { Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue.service';
import { JobRegistry } from './job-registry';
import { PROCESSORS } from './job.processors';
import { JOBS, RECURRING_JOBS } from './queue.constants';

/**
 * Registers the repeatable jobs (upserted, so several workers share one schedule). Their schedulers live in
 * Redis: if Redis loses its data they are gone too, so every worker re-asserts them each interval (an upsert of
 * an unchanged scheduler keeps its next run) and the reconcile sweep comes back without a restart.
 */
@Injectable()
class RecurringJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private keepAlive: NodeJS.Timeout | undefined;

  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsertAll();
    const everyMs = Math.min(...RECURRING_JOBS.map((r) => r.everyMs(this.config.env)));
    this.keepAlive = setInterval(() => void this.upsertAll().catch((err) => this.logger.warn(`recurring jobs: ${err.message}`)), everyMs);
    this.keepAlive.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.keepAlive);
  }

  private async upsertAll(): Promise<void> {
    for (const r of RECURRING_JOBS) {
      await this.jobs.queue(JOBS[r.name].queue).upsertJobScheduler(
        r.schedulerId,
        { every: r.everyMs(this.config.env) },
        { name: r.name, data: {}, opts: JOBS[r.name].options({} as never) },
      );
    }
  }
}

/** Only in processes that run jobs: the processors, the handler registry (checked at boot) and the repeatable jobs. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobRegistry, ...PROCESSORS, RecurringJobs],
})
export class JobsWorkerModule {}
