import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobRegistry } from './job-registry';
import { QUEUES, QueueName } from './queue.constants';
import { workerOptions } from './worker-options';

/** A queue's BullMQ worker: hands each job to its registered handler. */
@Injectable()
abstract class QueueProcessor extends WorkerHost {
  protected abstract readonly queueName: QueueName;
  private readonly logger = new Logger('Jobs');

  constructor(private readonly registry: JobRegistry) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    try {
      return await this.registry.dispatch(this.queueName, job);
    } catch (err) {
      this.logger.warn(`${job.name} ${job.id ?? ''} failed (attempt ${job.attemptsMade + 1}): ${err instanceof Error ? err.message : String(err)}`);
      throw err;
    }
  }
}

@Processor(QueueName.Matching, workerOptions(QUEUES[QueueName.Matching].concurrency))
export class MatchingProcessor extends QueueProcessor {
  protected readonly queueName = QueueName.Matching;
}

@Processor(QueueName.Booking, workerOptions(QUEUES[QueueName.Booking].concurrency))
export class BookingProcessor extends QueueProcessor {
  protected readonly queueName = QueueName.Booking;
}

@Processor(QueueName.Mail, workerOptions(QUEUES[QueueName.Mail].concurrency))
export class MailProcessor extends QueueProcessor {
  protected readonly queueName = QueueName.Mail;
}

/** Every queue's processor; a new queue adds its class here. */
export const PROCESSORS = [MatchingProcessor, BookingProcessor, MailProcessor];
