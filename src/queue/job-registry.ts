import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JOB_HANDLER } from './on-job.decorator';
import { JobName, JOBS, type QueueName } from './queue.constants';

export interface FoundHandler {
  name: JobName;
  /** `Class.method`, for messages. */
  where: string;
  handle: (data: unknown, job: Job | null) => Promise<unknown>;
}

/** One handler per job name, or an error naming what is missing and what is doubled. */
export function handlerMap(found: FoundHandler[], expected: JobName[] = Object.values(JobName)): Map<JobName, FoundHandler> {
  const map = new Map<JobName, FoundHandler>();
  const problems: string[] = [];
  for (const h of found) {
    const first = map.get(h.name);
    if (first) problems.push(`job ${h.name} has two handlers: ${first.where} and ${h.where}`);
    else map.set(h.name, h);
  }
  for (const name of expected) if (!map.has(name)) problems.push(`job ${name} has no handler`);
  if (problems.length) throw new Error(`Job handlers: ${problems.join('; ')}`);
  return map;
}

/** Finds every `@OnJob` method at boot (the worker refuses to start unless each job has exactly one) and dispatches jobs to them. */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private handlers?: Map<JobName, FoundHandler>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    this.handlers = handlerMap(this.discover());
  }

  async dispatch(queue: QueueName, job: Job): Promise<unknown> {
    this.handlers ??= handlerMap(this.discover());
    const handler = this.handlers.get(job.name as JobName);
    if (!handler || JOBS[handler.name].queue !== queue) throw new Error(`No handler for ${queue} job ${job.name}`);
    return handler.handle(job.data, job);
  }

  private discover(): FoundHandler[] {
    const found: FoundHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = Reflect.getMetadata(JOB_HANDLER, prototype[method]) as JobName | undefined;
        if (!name) continue;
        const fn = prototype[method] as FoundHandler['handle'];
        found.push({ name, where: `${instance.constructor.name}.${method}`, handle: (data, job) => fn.call(instance, data, job) });
      }
    }
    return found;
  }
}
