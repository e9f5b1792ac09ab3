import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { JobName, QueueName } from '../../queue/queue.constants';
import { workerOptions } from '../../queue/worker-options';
import { OutcomesService } from './outcomes.service';

/** The repeatable outcome-reminder sweep: one run per interval however many workers there are. */
@Processor(QueueName.Outcomes, workerOptions(1))
export class OutcomesProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Outcomes) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'outcome-reminders',
      { every: this.config.env.RECONCILE_INTERVAL_SECONDS * 1000 },
      { name: JobName.OutcomeReminders, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === JobName.OutcomeReminders) return this.outcomes.sendReminders();
    throw new Error(`No handler for outcomes job ${job.name}`);
  }
}
