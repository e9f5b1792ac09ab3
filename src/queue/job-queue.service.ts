import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { JOBS, jobOptions, type JobItem, type QueueName } from './queue.constants';

/** The one producer: each item goes to its queue with the id and options `JOBS` gives it. */
@Injectable()
export class JobQueue {
  constructor(private readonly moduleRef: ModuleRef) {}

  async add(item: JobItem): Promise<void> {
    await this.addAll([item]);
  }

  async addAll(items: JobItem[]): Promise<void> {
    const byQueue = new Map<QueueName, JobItem[]>();
    for (const item of items) {
      const queue = JOBS[item.name].queue;
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), item]);
    }
    for (const [queue, list] of byQueue) {
      await this.queue(queue).addBulk(list.map((item) => ({ name: item.name, data: item.data, opts: jobOptions(item.name, item.data) })));
    }
  }

  queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
