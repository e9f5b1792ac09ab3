import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
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

  /** Redis hiccups (a restart, lost keys) surface here; without a listener they would crash the process. */
  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.logger.warn(`${this.queueName} worker: ${err.message}`);
  }

  /** How the job ended is logged and measured once, by the InstrumentedWorker that runs this. */
  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(this.queueName, job);
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
