import { Logger } from '@nestjs/common';
import { Job, Queue, Worker, type JobsOptions, type Processor } from 'bullmq';
import { currentContext, runInContext } from '../common/logging/request-context';
import { jobDuration, jobFailures } from '../common/metrics/process-metrics';

/**
 * The request id travels in the job's data as `reqId`, so the worker's log lines for a job name the HTTP request
 * (or the job) that queued it. Payload types stay ids-only; this field is added here, in one place, for every queue.
 */
export interface JobContextField {
  reqId?: string;
}

function withRequestId<T>(data: T): T {
  const reqId = currentContext()?.reqId;
  if (!reqId || typeof data !== 'object' || data === null || Array.isArray(data) || 'reqId' in data) return data;
  return { ...data, reqId };
}

/** BullMQ queue that stamps the current request id on every job it adds (registered as BullModule.queueClass). */
export class ContextQueue extends Queue {
  override add(name: string, data: unknown, opts?: JobsOptions): Promise<Job> {
    return super.add(name, withRequestId(data), opts);
  }

  override addBulk(jobs: Parameters<Queue['addBulk']>[0]): Promise<Job[]> {
    return super.addBulk(jobs.map((job) => ({ ...job, data: withRequestId(job.data) })));
  }
}

const logger = new Logger('Jobs');

/** Live workers of this process, for the graceful shutdown (which waits for their active jobs). */
const liveWorkers = new Set<Worker>();
export const workersOfThisProcess = (): Worker[] => [...liveWorkers];

/**
 * BullMQ worker (registered as BullModule.workerClass) that runs each job inside a log context carrying the request
 * id it was queued under, logs how each job ended and measures it (duration and failures by queue and job name).
 */
export class InstrumentedWorker extends Worker {
  constructor(name: string, processor?: string | URL | null | Processor, ...rest: unknown[]) {
    super(name, typeof processor === 'function' ? instrument(name, processor) : processor, ...(rest as [never]));
    liveWorkers.add(this);
    this.once('closed', () => liveWorkers.delete(this));
  }
}

function instrument(queue: string, processor: Processor): Processor {
  return (job, token, signal) => {
    const reqId = (job.data as JobContextField | undefined)?.reqId ?? `${queue}:${job.id}`;
    return runInContext({ reqId, source: 'job', queue, job: job.name, jobId: job.id }, async () => {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        const result = await processor(job, token, signal);
        const s = seconds();
        jobDuration.observe({ queue, job: job.name, outcome: 'completed' }, s);
        logger.debug({ ms: Math.round(s * 1000), attempt: job.attemptsMade + 1 }, 'job completed');
        return result;
      } catch (err) {
        const s = seconds();
        jobDuration.observe({ queue, job: job.name, outcome: 'failed' }, s);
        jobFailures.inc({ queue, job: job.name });
        logger.warn({ ms: Math.round(s * 1000), attempt: job.attemptsMade + 1, err: err instanceof Error ? err.message : String(err) }, 'job failed');
        throw err;
      }
    });
  };
}
