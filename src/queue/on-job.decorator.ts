import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobOf } from './queue.constants';

export const JOB_HANDLER = 'queue:job-handler';

export type JobHandler<N extends JobName> = (data: JobOf<N>, job: Job | null) => Promise<unknown>;

/** Marks a provider method as the handler of one job; its parameter is typed by the job's payload. */
export function OnJob<N extends JobName>(name: N) {
  return <H extends JobHandler<N>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>) => {
    SetMetadata(JOB_HANDLER, name)(target, key, descriptor);
  };
}
