import { Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue.service';
import { JobRegistry } from './job-registry';
import { PROCESSORS } from './job.processors';
import { JOBS, RECURRING_JOBS } from './queue.constants';

/** Registers the repeatable jobs (upserted, so several workers share one schedule). */
@Injectable()
class RecurringJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
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
