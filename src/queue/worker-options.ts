import type { WorkerOptions } from 'bullmq';
import { loadEnvironment } from '../config/app-config';

/** Processor options from the validated environment (read when the processor class is defined). */
export function workerOptions(concurrency: number): Partial<WorkerOptions> {
  const env = loadEnvironment();
  return {
    concurrency,
    lockDuration: env.WORKER_LOCK_SECONDS * 1000,
    stalledInterval: env.WORKER_STALLED_SECONDS * 1000,
    maxStalledCount: 3,
  };
}
